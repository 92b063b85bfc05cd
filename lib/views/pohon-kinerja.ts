import type { BudgetLevel, BudgetNodeResult } from "@/lib/calc/budget";
import type { EvaluatedCheckInput, IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import { describeRealisasi } from "@/lib/calc/evaluate-indicator";
import { formatTarget, withSatuan } from "@/lib/format";
import { levelTitle } from "@/lib/vocabulary";
import { type CapaianFigure, capaianFigure, type Figure, serapanFigure } from "./opd-dashboard";
import { matchesSearch, type PageInfo, pageOfTree } from "./page-of-tree";

export type PohonIndicator = {
  id: string;
  name: string;
  /** With the satuan ("3 %"), or "—". */
  target: string;
  realisasi: string;
  capaian: CapaianFigure;
  iku: boolean;
};

export type PohonNode = {
  id: string;
  level: string;
  code: string;
  name: string;
  indicators: PohonIndicator[];
  serapan: Figure | null;
  href: string | null;
  children: PohonNode[];
};

/** A tujuan of the Renstra period covering the year, with its sasaran. */
export type RenstraTujuan = {
  id: string;
  code: string;
  text: string;
  sasaran: { id: string; code: string; text: string }[];
};

export type RenstraTree = {
  tujuan: RenstraTujuan[];
  /** The sasaran each program of the year serves (null: none chosen). */
  programSasaran: ReadonlyMap<string, string | null>;
};

/**
 * The cascade tujuan → sasaran (IKU) → program → kegiatan → sub kegiatan of an OPD-year, each node with
 * its indicators' target, realisasi and capaian (with predicate) and, for budget lines, the serapan.
 */
export function buildPohonKinerja({
  renstra,
  rollup,
  indicators,
  hrefOf,
}: {
  renstra: RenstraTree;
  rollup: BudgetNodeResult;
  /** Evaluated by the engine through the tree's quarter. */
  indicators: readonly EvaluatedCheckInput[];
  hrefOf: (node: BudgetNodeResult) => string | null;
}): PohonNode[] {
  const byOwner = new Map<string, EvaluatedCheckInput[]>();
  for (const i of indicators)
    byOwner.set(`${i.level} ${i.code}`, [...(byOwner.get(`${i.level} ${i.code}`) ?? []), i]);
  const indicatorsOf = (level: IndicatorCheckInput["level"], code: string): PohonIndicator[] =>
    (byOwner.get(`${level} ${code}`) ?? []).map((i) => ({
      id: i.id,
      name: i.name,
      target: formatTarget(i.evaluation.target, i.satuan),
      realisasi: withSatuan(describeRealisasi(i.evaluation.realisasi), i.satuan),
      capaian: capaianFigure(i.evaluation),
      iku: level === "SASARAN",
    }));

  const budgetNode = (node: BudgetNodeResult): PohonNode => ({
    id: node.id,
    level: levelTitle(node.level),
    code: node.code,
    name: node.name,
    indicators:
      node.level === "REKENING"
        ? []
        : indicatorsOf(node.level as Exclude<BudgetLevel, "REKENING" | "OPD" | "PEMDA">, node.code),
    serapan: serapanFigure(node),
    href: hrefOf(node),
    // Rekening lines are budget detail, not performance: the tree stops at the sub kegiatan.
    children: node.level === "SUB_KEGIATAN" ? [] : node.children.map(budgetNode),
  });
  const programsOf = (sasaranId: string | null) =>
    rollup.children.filter((p) => (renstra.programSasaran.get(p.id) ?? null) === sasaranId).map(budgetNode);

  const tree: PohonNode[] = renstra.tujuan.map((tujuan) => ({
    id: tujuan.id,
    level: levelTitle("TUJUAN"),
    code: tujuan.code,
    name: tujuan.text,
    indicators: indicatorsOf("TUJUAN", tujuan.code),
    serapan: null,
    href: null,
    children: tujuan.sasaran.map((sasaran) => ({
      id: sasaran.id,
      level: levelTitle("SASARAN"),
      code: sasaran.code,
      name: sasaran.text,
      indicators: indicatorsOf("SASARAN", sasaran.code),
      serapan: null,
      href: null,
      children: programsOf(sasaran.id),
    })),
  }));
  const known = new Set(renstra.tujuan.flatMap((t) => t.sasaran.map((s) => s.id)));
  const orphans = rollup.children.filter((p) => {
    const sasaranId = renstra.programSasaran.get(p.id) ?? null;
    return sasaranId === null || !known.has(sasaranId);
  });
  if (orphans.length > 0) {
    tree.push({
      id: "tanpa-sasaran",
      level: "Tanpa sasaran",
      code: "",
      name: "Program yang belum dikaitkan dengan sasaran Renstra",
      indicators: [],
      serapan: null,
      href: null,
      children: orphans.map(budgetNode),
    });
  }
  return tree;
}

/** One page of the pohon kinerja: its sub kegiatan and everything above them (pageOfTree). */
export function pageOfPohon(
  tree: readonly PohonNode[],
  { page, search }: { page: number; search?: string },
): { tree: PohonNode[]; info: PageInfo } {
  const { roots, info } = pageOfTree(
    tree,
    {
      childrenOf: (node) => node.children,
      withChildren: (node, children) => ({ ...node, children }),
      isUnit: (node) => node.level === levelTitle("SUB_KEGIATAN"),
      includes: search === undefined ? undefined : (node) => matchesSearch(node, search),
    },
    page,
  );
  return { tree: roots, info };
}
