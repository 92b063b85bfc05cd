import { type BudgetLevel, type BudgetNodeResult, listBudgetRows } from "@/lib/calc/budget";
import { formatRupiah } from "@/lib/format";
import { type Amount, unknownReasonLabel } from "@/lib/calc/period";
import { describeSerapan } from "@/lib/calc/serapan";

/** One row of the hierarchy table, already formatted: plain strings cross to the client component. */
export type BudgetTreeRow = {
  id: string;
  parentId: string | null;
  depth: number;
  level: BudgetLevel;
  code: string;
  name: string;
  hasChildren: boolean;
  pagu: string;
  realisasi: string;
  serapan: string;
  /** 0–100 for the bar; null when serapan is not a number. */
  serapanBar: number | null;
  overBudget: boolean;
  sisa: string;
  /** Page of the item, when the viewer may open it. */
  href: string | null;
};

function describeAmount(amount: Amount): string {
  return amount.status === "KNOWN" ? formatRupiah(amount.value) : unknownReasonLabel[amount.reason];
}

export function toBudgetTreeRows(
  root: BudgetNodeResult,
  hrefOf: (node: BudgetNodeResult) => string | null = () => null,
): BudgetTreeRow[] {
  const parentOf = new Map<string, string>();
  for (const { node } of listBudgetRows(root)) {
    for (const child of node.children) parentOf.set(child.id, node.id);
  }
  return listBudgetRows(root).map(({ depth, node }) => ({
    id: node.id,
    parentId: parentOf.get(node.id) ?? null,
    depth,
    level: node.level,
    code: node.code,
    name: node.name,
    hasChildren: node.children.length > 0,
    pagu: formatRupiah(node.pagu),
    realisasi: describeAmount(node.realisasi),
    serapan: describeSerapan(node.serapan),
    serapanBar: node.serapan.status === "OK" ? Math.min(100, node.serapan.value.toNumber()) : null,
    overBudget: node.serapan.status === "OK" && node.serapan.value.greaterThan(100),
    sisa: describeAmount(node.sisaAnggaran),
    href: hrefOf(node),
  }));
}
