import type { BudgetNodeInput, BudgetNodeResult } from "@/lib/calc/budget";
import type { OpdYearEvaluation } from "@/lib/calc/checks";
import type { Quarter } from "@/lib/calc/period";
import type { CalcSettings } from "@/lib/calc/settings";
import { type FindingNode, latestQuarterWithData, listFindingNodes } from "./opd-dashboard";
import { countFindings, type RegionOpdRow } from "./region-dashboard";

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
};

/** What the OPD dashboard reads (`summary.dashboard`): the rollup down to the programs only. */
export type DashboardSummary = Pick<
  OpdYearFigures,
  "indicators" | "findings" | "settings" | "latestQuarter" | "rollup"
> & {
  /** The budget lines the findings point at, for their links. */
  findingNodes: FindingNode[];
};

/** What the region dashboard reads per OPD (`summary.region`). */
export type RegionSummary = { latestQuarter: Quarter; findings: RegionOpdRow["findings"] };

export type OpdYearSummary = { dashboard: DashboardSummary; region: RegionSummary };

/** The figures and the summary stored for an OPD-year, from the engine's input and its evaluation. */
export function buildOpdYearResult({
  budget,
  settings,
  evaluation,
}: {
  budget: BudgetNodeInput;
  settings: CalcSettings;
  evaluation: OpdYearEvaluation;
}): { figures: OpdYearFigures; summary: OpdYearSummary } {
  const latestQuarter = latestQuarterWithData(budget);
  const subKegiatan: SubKegiatanScope[] = [];
  const visit = (node: BudgetNodeInput): void => {
    if (node.level === "SUB_KEGIATAN") subKegiatan.push({ id: node.id, bidangId: node.bidangId ?? null });
    node.children.forEach(visit);
  };
  visit(budget);
  const { rollup, indicators, findings } = evaluation;
  const programsOnly = (node: BudgetNodeResult): BudgetNodeResult => ({ ...node, children: [] });
  return {
    figures: { rollup, indicators, findings, settings, latestQuarter, subKegiatan },
    summary: {
      dashboard: {
        rollup: { ...rollup, children: rollup.children.map(programsOnly) },
        indicators: indicators.filter((i) => i.level === "SASARAN" || i.level === "PROGRAM"),
        findings,
        findingNodes: listFindingNodes(budget, findings),
        settings,
        latestQuarter,
      },
      region: { latestQuarter, findings: countFindings(findings) },
    },
  };
}
