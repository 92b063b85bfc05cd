import type { BudgetNodeInput, BudgetNodeResult } from "@/lib/calc/budget";
import type { OpdYearEvaluation } from "@/lib/calc/checks";
import { evaluateIndicator, type IndicatorEvaluation } from "@/lib/calc/evaluate-indicator";
import type Decimal from "decimal.js";
import { type Amount, QUARTERS, type Quarter } from "@/lib/calc/period";
import { planLine, type PlanLine, type RencanaAksi } from "@/lib/calc/rencana-aksi";
import type { CalcSettings } from "@/lib/calc/settings";
import { type FindingNode, type IkuHistory, latestQuarterWithData, listFindingNodes } from "./opd-dashboard";
import type { RenstraTujuan } from "./pohon-kinerja";
import { countFindings } from "@/lib/calc/finding-groups";
import type { RegionOpdRow } from "./region-dashboard";

/** A sub kegiatan and the bidang that owns it (which of them a bidang-limited planner may open). */
export type SubKegiatanScope = { id: string; bidangId: string | null };

/**
 * An OPD-year through a quarter as stored (`OpdYearResult.figures`): the engine's evaluation with the
 * settings it used, and what the pages need from the budget tree without loading it.
 */
export type OpdYearFigures = OpdYearEvaluation & {
  settings: CalcSettings;
  /** The latest triwulan with any realisasi entered (the dashboards' default quarter). */
  latestQuarter: Quarter;
  subKegiatan: SubKegiatanScope[];
  /** The tujuan and sasaran of the Renstra period covering the year (the pohon kinerja's upper levels). */
  tujuan: RenstraTujuan[];
};

/** What the OPD dashboard reads (`summary.dashboard`): the rollup down to the programs only. */
export type DashboardSummary = Pick<
  OpdYearFigures,
  "indicators" | "findings" | "settings" | "latestQuarter" | "rollup"
> & {
  /** The budget lines the findings point at, for their links. */
  findingNodes: FindingNode[];
  /** The IKU with their targets and realisasi in every year of the Renstra period covering the year. */
  ikuHistory: IkuHistory[];
  /** The OPD's cumulative planned disbursement per triwulan (rencana aksi, or the straight line). */
  plan: PlanLine;
};

/** The budget leaves of one bidang of the OPD (null: of no bidang) and the entries missing per triwulan. */
export type BidangLeaves = { bidangId: string | null; leaves: number; missing: Record<Quarter, number> };

/** What the region dashboard reads per OPD (`summary.region`): its row, and its part of the late list. */
export type RegionSummary = {
  latestQuarter: Quarter;
  findings: RegionOpdRow["findings"];
  /** The OPD's pagu and its realisasi through the quarter (the rollup's root). */
  pagu: Decimal;
  realisasi: Amount;
  counts: RegionOpdRow["counts"];
  bidang: BidangLeaves[];
  /** Each IKU of the year through the quarter, as the engine evaluates it. */
  iku: { name: string; evaluation: IndicatorEvaluation }[];
};

export type OpdYearSummary = { dashboard: DashboardSummary; region: RegionSummary };

/**
 * The figures and the summary stored for an OPD-year through a quarter, from the engine's input, its
 * evaluation, and the IKU history and the tujuan and sasaran of the Renstra period.
 */
export function buildOpdYearResult({
  year,
  throughQuarter,
  budget,
  settings,
  evaluation,
  ikuHistory,
  tujuan,
  rencanaAksi,
}: {
  year: number;
  throughQuarter: Quarter;
  budget: BudgetNodeInput;
  settings: CalcSettings;
  evaluation: OpdYearEvaluation;
  ikuHistory: IkuHistory[];
  tujuan: RenstraTujuan[];
  rencanaAksi: RencanaAksi;
}): { figures: OpdYearFigures; summary: OpdYearSummary } {
  const latestQuarter = latestQuarterWithData(budget);
  const subKegiatan: SubKegiatanScope[] = [];
  const counts = { programs: 0, kegiatan: 0, subKegiatan: 0 };
  const bidang = new Map<string | null, BidangLeaves>();
  const visit = (node: BudgetNodeInput, bidangId: string | null): void => {
    if (node.level === "PROGRAM") counts.programs++;
    if (node.level === "KEGIATAN") counts.kegiatan++;
    if (node.level === "SUB_KEGIATAN") {
      counts.subKegiatan++;
      subKegiatan.push({ id: node.id, bidangId });
    }
    const isLeaf = node.children.length === 0 && (node.level === "SUB_KEGIATAN" || node.level === "REKENING");
    if (isLeaf) countLeaf(bidang, bidangId, node);
    // A rekening line belongs to its sub kegiatan's bidang.
    node.children.forEach((child) =>
      visit(child, node.level === "SUB_KEGIATAN" ? bidangId : (child.bidangId ?? null)),
    );
  };
  budget.children.forEach((program) => visit(program, program.bidangId ?? null));
  const { rollup, indicators, findings } = evaluation;
  const programsOnly = (node: BudgetNodeResult): BudgetNodeResult => ({ ...node, children: [] });
  return {
    figures: { rollup, indicators, findings, settings, latestQuarter, subKegiatan, tujuan },
    summary: {
      dashboard: {
        rollup: { ...rollup, children: rollup.children.map(programsOnly) },
        indicators: indicators.filter((i) => i.level === "SASARAN" || i.level === "PROGRAM"),
        findings,
        findingNodes: listFindingNodes(budget, findings),
        settings,
        latestQuarter,
        ikuHistory,
        plan: planLine({ pagu: rollup.pagu, rencanaAksi }),
      },
      region: {
        latestQuarter,
        findings: countFindings(findings),
        pagu: rollup.pagu,
        realisasi: rollup.realisasi,
        counts,
        bidang: [...bidang.values()],
        iku: ikuHistory.map((iku) => {
          const { target, realisasi } = iku.years.find((y) => y.year === year)!;
          return {
            name: iku.name,
            evaluation: evaluateIndicator({
              indicator: { ...iku, target, realisasi },
              throughQuarter,
              settings,
            }),
          };
        }),
      },
    },
  };
}

/** As the region counts a leaf: every leaf, and per triwulan those with no entry for it (an annual total
 * counts as entered for every triwulan). */
function countLeaf(groups: Map<string | null, BidangLeaves>, bidangId: string | null, leaf: BudgetNodeInput) {
  const group = groups.get(bidangId) ?? { bidangId, leaves: 0, missing: { 1: 0, 2: 0, 3: 0, 4: 0 } };
  groups.set(bidangId, group);
  group.leaves++;
  const periods = new Set(leaf.realisasi?.map((entry) => entry.period));
  if (periods.has("TAHUNAN")) return;
  for (const quarter of QUARTERS) if (!periods.has(`TW${quarter}`)) group.missing[quarter]++;
}
