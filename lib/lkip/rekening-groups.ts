import Decimal from "decimal.js";
import type { BudgetNodeResult } from "@/lib/calc/budget";
import { knownAmount, subtractAmounts, sumAmounts, type Amount } from "@/lib/calc/period";
import { calculateSerapan, type SerapanResult } from "@/lib/calc/serapan";

/** A line of the realisasi table: a budget node, or a rekening group totalled from the leaves under it. */
export type BudgetLine = {
  code: string;
  name: string;
  depth: number;
  pagu: Decimal;
  realisasi: Amount;
  serapan: SerapanResult;
  sisaAnggaran: Amount;
  /** A program, kegiatan or sub kegiatan with children, or a rekening group. */
  parent: boolean;
};

/** "5.1.02.01.01.0024" → ["5.1", "5.1.02", "5.1.02.01", "5.1.02.01.01"]: its groups below "5 Belanja". */
function groupCodes(code: string): string[] {
  const parts = code.split(".");
  return Array.from({ length: Math.max(parts.length - 2, 0) }, (_, i) => parts.slice(0, i + 2).join("."));
}

/**
 * The rekening lines of a sub kegiatan with a subtotal row above every group of the national chart of
 * accounts they fall in (Belanja Operasi → Belanja Barang dan Jasa → Belanja Barang → …), each computed
 * from the leaves under it. A group whose name the chart does not have is not printed.
 */
export function rekeningLines(
  rekening: readonly BudgetNodeResult[],
  depth: number,
  groups: Readonly<Record<string, string>>,
): BudgetLine[] {
  const sorted = [...rekening].sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
  const lines: BudgetLine[] = [];
  const opened: string[] = [];
  for (const leaf of sorted) {
    const codes = groupCodes(leaf.code).filter((code) => groups[code]);
    codes.forEach((code, level) => {
      if (opened[level] === code) return;
      opened.splice(level, opened.length - level, code);
      const under = sorted.filter((r) => r.code.startsWith(`${code}.`));
      const pagu = Decimal.sum(0, ...under.map((r) => r.pagu));
      const realisasi = sumAmounts(under.map((r) => r.realisasi));
      lines.push({
        code,
        name: groups[code]!,
        depth: depth + level,
        pagu,
        realisasi,
        serapan: calculateSerapan({ pagu, realisasi }),
        sisaAnggaran: subtractAmounts({ from: knownAmount(pagu), amount: realisasi }),
        parent: true,
      });
    });
    opened.splice(codes.length);
    lines.push({ ...lineOf(leaf, depth + codes.length), parent: false });
  }
  return lines;
}

export const lineOf = (node: BudgetNodeResult, depth: number): BudgetLine => ({
  code: node.code,
  name: node.name,
  depth,
  pagu: node.pagu,
  realisasi: node.realisasi,
  serapan: node.serapan,
  sisaAnggaran: node.sisaAnggaran,
  parent: node.children.length > 0,
});

/** Program → kegiatan → sub kegiatan (→ rekening groups → rekening) of the rollup, in the order printed. */
export function budgetLines(
  rollup: BudgetNodeResult,
  groups: Readonly<Record<string, string>>,
): BudgetLine[] {
  const visit = (node: BudgetNodeResult, depth: number): BudgetLine[] => {
    const rekening = node.children.filter((child) => child.level === "REKENING");
    const others = node.children.filter((child) => child.level !== "REKENING");
    return [
      lineOf(node, depth),
      ...others.flatMap((child) => visit(child, depth + 1)),
      ...rekeningLines(rekening, depth + 1, groups),
    ];
  };
  return rollup.children.flatMap((program) => visit(program, 0));
}
