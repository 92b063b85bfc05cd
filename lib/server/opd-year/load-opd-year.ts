import "server-only";
import { cache } from "react";
import { type BudgetNodeInput, flattenBudgetInput } from "@/lib/calc/budget";
import type { IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import { evaluateOpdYear, type NarrativeContext, type OpdYearEvaluation } from "@/lib/calc/checks";
import type { Quarter } from "@/lib/calc/period";
import type { CalcSettings } from "@/lib/calc/settings";
import type { DecimalLike } from "../decimal";
import { loadBudgetTree } from "../budget/load-budget-tree";
import { type BudgetOwners, loadIndicatorInputs } from "../indicators/load-indicator-inputs";
import type { OpdRef } from "../opd/get-opd";
import { loadCalcSettings } from "../settings/load-calc-settings";
import { loadNarrativeTexts } from "../narrative/load-narratives";

export type OpdYearData = {
  budget: BudgetNodeInput;
  indicators: IndicatorCheckInput[];
  settings: CalcSettings;
  /** The LKIP narrative with its year and OPD, for the checks of typed figures. */
  narrative: NarrativeContext;
};

/** An OPD-year whose LKIP record has been read (by the page context, or by a script). */
export type OpdYearRef = {
  opd: OpdRef;
  year: number;
  laporan: { id: string; reportedPagu: DecimalLike | null; reportedRealisasi: DecimalLike | null };
};

const ownersOf = (budget: BudgetNodeInput): BudgetOwners =>
  new Map(flattenBudgetInput(budget).map((node) => [node.id, { code: node.code, name: node.name }]));

/** Everything the engine needs for an OPD-year in three statements (indicator owners come from the tree). */
export async function loadOpdYear({ opd, year, laporan }: OpdYearRef): Promise<OpdYearData> {
  const scope = { pemdaId: opd.pemdaId, opdId: opd.id, year };
  const budget = loadBudgetTree({ ...scope, opdName: opd.name, laporan });
  const [indicators, settings, narratives] = await Promise.all([
    loadIndicatorInputs(scope, budget.then(ownersOf)),
    loadCalcSettings(opd.pemdaId),
    loadNarrativeTexts({ pemdaId: opd.pemdaId, laporanId: laporan.id }),
  ]);
  return {
    budget: await budget,
    indicators,
    settings,
    narrative: { year, opdName: opd.name, narratives },
  };
}

/** loadOpdYear once per request for the request's OPD-year context (keyed by that object). */
export const getOpdYearData = cache(loadOpdYear);

/** The engine's input with its evaluation (indicators evaluated) through a quarter. */
export type OpdYearEvaluated = Omit<OpdYearData, "indicators"> & OpdYearEvaluation;

/** The rollup, every indicator's evaluation and the findings through a quarter, computed once per request. */
export const getOpdYearEvaluation = cache(
  async (ref: OpdYearRef, throughQuarter: Quarter): Promise<OpdYearEvaluated> => {
    const data = await getOpdYearData(ref);
    return { ...data, ...evaluateOpdYear({ ...data, throughQuarter }) };
  },
);
