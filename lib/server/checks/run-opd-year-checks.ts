import "server-only";
import { runChecks } from "@/lib/calc/checks";
import type { Finding } from "@/lib/calc/finding";
import type { Quarter } from "@/lib/calc/period";
import { loadBudgetTree } from "../budget/load-budget-tree";
import { loadIndicatorInputs } from "../indicators/load-indicator-inputs";
import type { OpdRef } from "../opd/get-opd";
import { loadCalcSettings } from "../settings/load-calc-settings";

/** Integrity findings of an OPD-year through a quarter, with the Pemda's own settings; null if the year has no LKIP. */
export async function runOpdYearChecks({
  opd,
  year,
  throughQuarter,
}: {
  opd: OpdRef;
  year: number;
  throughQuarter: Quarter;
}): Promise<Finding[] | null> {
  const scope = { pemdaId: opd.pemdaId, opdId: opd.id, year };
  const [budget, indicators, settings] = await Promise.all([
    loadBudgetTree({ ...scope, opdName: opd.name }),
    loadIndicatorInputs(scope),
    loadCalcSettings(opd.pemdaId),
  ]);
  if (!budget) return null;
  return runChecks({ budget, indicators, throughQuarter, settings });
}
