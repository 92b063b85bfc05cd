import Decimal from "decimal.js";
import {
  splitRealisasiByQuarter,
  subtractAmounts,
  sumAmounts,
  knownAmount,
  type Amount,
  type Period,
  type Quarter,
  type QuarterRealisasi,
} from "./period";
import { calculateSerapan, type SerapanResult } from "./serapan";

export type BudgetLevel = "PEMDA" | "OPD" | "PROGRAM" | "KEGIATAN" | "SUB_KEGIATAN" | "REKENING";

export type BudgetNodeInput = {
  id: string;
  level: BudgetLevel;
  code: string;
  name: string;
  /** The bidang that owns a program, kegiatan or sub kegiatan (scope of a bidang-limited planner). */
  bidangId?: string | null;
  paguAwal?: Decimal | null;
  paguPerubahan?: Decimal | null;
  /** Leaves only; on a parent it is ignored (and flagged by the checks). */
  realisasi?: readonly { period: Period; amount: Decimal }[];
  /** Figures printed on this line by a hand-made report: kept to reconcile, never used as the value. */
  reported?: { pagu?: Decimal | null; realisasi?: Decimal | null };
  /**
   * The rolled-up figures of leaves left out of the tree (the rest of a page of a large OPD), taken as
   * they are: such a node has no children and is not checked.
   */
  summary?: BudgetSummary;
  children: readonly BudgetNodeInput[];
};

/** What a parent adds up of a subtree: its pagu and its realisasi per quarter. */
export type BudgetSummary = Pick<BudgetNodeResult, "paguAwal" | "pagu" | "quarters">;

export type BudgetNodeResult = {
  id: string;
  level: BudgetLevel;
  code: string;
  name: string;
  isLeaf: boolean;
  /** Sum of the leaves' pagu awal (a leaf without one counts 0). */
  paguAwal: Decimal;
  /** Effective pagu: per leaf, pagu perubahan if present, else pagu awal; summed upwards. */
  pagu: Decimal;
  /** Quarters 1..throughQuarter: realisasi in the quarter and cumulative through it. */
  quarters: QuarterRealisasi[];
  /** Cumulative realisasi through throughQuarter. */
  realisasi: Amount;
  serapan: SerapanResult;
  sisaAnggaran: Amount;
  children: BudgetNodeResult[];
};

export function effectivePagu(node: Pick<BudgetNodeInput, "paguAwal" | "paguPerubahan">): Decimal {
  return node.paguPerubahan ?? node.paguAwal ?? new Decimal(0);
}

function finishNode({
  node,
  paguAwal,
  pagu,
  quarters,
  children,
}: {
  node: BudgetNodeInput;
  paguAwal: Decimal;
  pagu: Decimal;
  quarters: QuarterRealisasi[];
  children: BudgetNodeResult[];
}): BudgetNodeResult {
  const realisasi = quarters[quarters.length - 1]?.cumulative ?? knownAmount(new Decimal(0));
  return {
    id: node.id,
    level: node.level,
    code: node.code,
    name: node.name,
    isLeaf: node.children.length === 0,
    paguAwal,
    pagu,
    quarters,
    realisasi,
    serapan: calculateSerapan({ pagu, realisasi }),
    sisaAnggaran: subtractAmounts({ from: knownAmount(pagu), amount: realisasi }),
    children,
  };
}

/**
 * Rolls a budget tree up from its leaves. Leaves carry the truth; every parent's pagu and realisasi are
 * the sum of its children, whatever the parent itself says.
 */
export function rollupBudget({
  root,
  throughQuarter,
}: {
  root: BudgetNodeInput;
  throughQuarter: Quarter;
}): BudgetNodeResult {
  if (root.summary) return finishNode({ node: root, ...root.summary, children: [] });
  if (root.children.length === 0) {
    return finishNode({
      node: root,
      paguAwal: root.paguAwal ?? new Decimal(0),
      pagu: effectivePagu(root),
      quarters: splitRealisasiByQuarter({ entries: root.realisasi ?? [], throughQuarter }),
      children: [],
    });
  }

  const children = root.children.map((child) => rollupBudget({ root: child, throughQuarter }));
  const quarters = children[0]!.quarters.map(({ quarter }, index) => ({
    quarter,
    inQuarter: sumAmounts(children.map((c) => c.quarters[index]!.inQuarter)),
    cumulative: sumAmounts(children.map((c) => c.quarters[index]!.cumulative)),
  }));
  return finishNode({
    node: root,
    paguAwal: Decimal.sum(...children.map((c) => c.paguAwal)),
    pagu: Decimal.sum(...children.map((c) => c.pagu)),
    quarters,
    children,
  });
}

/** Depth-first rows (parent before children) for tables on screen and in the PDF. */
export function listBudgetRows(root: BudgetNodeResult): { depth: number; node: BudgetNodeResult }[] {
  const rows: { depth: number; node: BudgetNodeResult }[] = [];
  const visit = (node: BudgetNodeResult, depth: number): void => {
    rows.push({ depth, node });
    node.children.forEach((child) => visit(child, depth + 1));
  };
  visit(root, 0);
  return rows;
}

/** Every node of an input tree, parent before children. */
export function flattenBudgetInput(root: BudgetNodeInput): BudgetNodeInput[] {
  return [root, ...root.children.flatMap(flattenBudgetInput)];
}
