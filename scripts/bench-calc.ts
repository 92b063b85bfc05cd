/**
 * `npm run bench`: how long the calculation engine takes for what the screens recompute on every request
 * (and the grid on every keystroke): the rollup and the integrity checks of one OPD-year.
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

function measure(label: string, root: BudgetNodeInput, leaves: number): void {
  const runs = 20;
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    rollupBudget({ root, throughQuarter: 4 });
    runChecks({ budget: root, throughQuarter: 4 });
  }
  const perRun = (performance.now() - started) / runs;
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(
    `${label.padEnd(34)} ${String(leaves).padStart(6)} daun   ${perRun.toFixed(1).padStart(7)} ms per rollup+pemeriksaan   heap ${heap.toFixed(0)} MiB`,
  );
}

measure("Serang 2022 (Tabel 3.6)", serang2022Budget, 54);
measure("Sintetis 10 × 10 × 50", syntheticOpd(10, 10, 50), 5_000);
measure("Sintetis 20 × 25 × 40", syntheticOpd(20, 25, 40), 20_000);
