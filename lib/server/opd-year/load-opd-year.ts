import "server-only";
import type { BudgetNodeInput } from "@/lib/calc/budget";
import type { IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import type { CalcSettings } from "@/lib/calc/settings";
import { loadBudgetTree } from "../budget/load-budget-tree";
import { loadIndicatorInputs } from "../indicators/load-indicator-inputs";
import type { OpdRef } from "../opd/get-opd";
import { loadCalcSettings } from "../settings/load-calc-settings";

export type OpdYearData = {
  budget: BudgetNodeInput;
  indicators: IndicatorCheckInput[];
  settings: CalcSettings;
};

/** Everything the engine needs for an OPD-year, read once; null when the year has no LKIP record. */
export async function loadOpdYear({ opd, year }: { opd: OpdRef; year: number }): Promise<OpdYearData | null> {
  const scope = { pemdaId: opd.pemdaId, opdId: opd.id, year };
  const [budget, indicators, settings] = await Promise.all([
    loadBudgetTree({ ...scope, opdName: opd.name }),
    loadIndicatorInputs(scope),
    loadCalcSettings(opd.pemdaId),
  ]);
  return budget && { budget, indicators, settings };
}
