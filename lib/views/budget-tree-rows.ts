import { type BudgetLevel, type BudgetNodeResult, listBudgetRows } from "@/lib/calc/budget";
import { formatRupiah } from "@/lib/format";
import { type Amount, unknownReasonLabel } from "@/lib/calc/period";
import { describeSerapan } from "@/lib/calc/serapan";
import { matchesSearch, type PageInfo, pageOfNode, pageOfTree } from "./page-of-tree";

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

/**
 * `root` with only the sub kegiatan of page `page` beneath it (their rekening lines and the programs and
 * kegiatan above them); every figure stays the whole node's. `search` keeps the sub kegiatan whose kode or
 * name holds it.
 */
export function pageOfBudgetTree(
  root: BudgetNodeResult,
  { page, search, focusId }: { page: number; search?: string; focusId?: string },
): { root: BudgetNodeResult; info: PageInfo } {
  const childrenOf = (node: BudgetNodeResult) => node.children;
  const isUnit = (node: BudgetNodeResult) => node.level === "SUB_KEGIATAN";
  const { roots, info } = pageOfTree(
    root.children,
    {
      childrenOf,
      withChildren: (node, children) => ({ ...node, children }),
      isUnit,
      includes: search === undefined ? undefined : (node) => matchesSearch(node, search),
    },
    // A link to a kegiatan (`?kegiatan=<id>`) opens the page that holds it.
    focusId && !search
      ? pageOfNode(root.children, { childrenOf, isUnit, isFocus: (node) => node.id === focusId })
      : page,
  );
  return { root: { ...root, children: roots }, info };
}

/** How many programs, kegiatan and sub kegiatan a budget tree holds. */
export function countBudgetLevels(root: BudgetNodeResult): Record<BudgetLevel, number> {
  const counts: Record<BudgetLevel, number> = {
    PEMDA: 0,
    OPD: 0,
    PROGRAM: 0,
    KEGIATAN: 0,
    SUB_KEGIATAN: 0,
    REKENING: 0,
  };
  for (const { node } of listBudgetRows(root)) counts[node.level] += 1;
  return counts;
}
