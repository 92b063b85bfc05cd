/**
 * How long the calculation engine takes for what the screens recompute on every request: the rollup and
 * the integrity checks of one OPD-year, in memory.
 */
import Decimal from "decimal.js";
import type { BudgetNodeInput } from "@/lib/calc/budget";
import { rollupBudget } from "@/lib/calc/budget";
import { runChecks } from "@/lib/calc/checks";
import { serang2022Budget } from "@/lib/calc/fixtures/serang-2022-budget";

function syntheticOpd(programs: number, kegiatanPerProgram: number, subPerKegiatan: number): BudgetNodeInput {
  const node = (
    level: BudgetNodeInput["level"],
    code: string,
    children: BudgetNodeInput[],
  ): BudgetNodeInput => ({
    id: code,
    level,
    code,
    name: code,
    children,
  });
  return node(
    "OPD",
    "",
    Array.from({ length: programs }, (_, p) =>
      node(
        "PROGRAM",
        `1.06.${p + 1}`,
        Array.from({ length: kegiatanPerProgram }, (_, k) =>
          node(
            "KEGIATAN",
            `1.06.${p + 1}.2.${k + 1}`,
            Array.from({ length: subPerKegiatan }, (_, s) => ({
              ...node("SUB_KEGIATAN", `1.06.${p + 1}.2.${k + 1}.${s + 1}`, []),
              paguAwal: new Decimal(100_000_000 + s * 1_234_567),
              realisasi: (["TW1", "TW2", "TW3"] as const).map((period, q) => ({
                period,
                amount: new Decimal(20_000_000 + q * 987_654 + s),
              })),
            })),
          ),
        ),
      ),
    ),
  );
}

/** Milliseconds per rollup + checks of one OPD-year, averaged over 20 runs. */
function msPerEvaluation(root: BudgetNodeInput): number {
  const runs = 20;
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    rollupBudget({ root, throughQuarter: 4 });
    runChecks({ budget: root, throughQuarter: 4 });
  }
  return (performance.now() - started) / runs;
}

export function benchEngine(): { serangMs: number; largeMs: number; largeLeaves: number } {
  return {
    serangMs: msPerEvaluation(serang2022Budget),
    largeMs: msPerEvaluation(syntheticOpd(20, 25, 40)),
    largeLeaves: 20_000,
  };
}
