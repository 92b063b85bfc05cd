import type { BudgetNodeInput } from "./budget";
import { checkBudget } from "./checks-budget";
import { checkIndicators, type IndicatorCheckInput } from "./checks-indicator";
import { sortFindings, type Finding } from "./finding";
import type { Quarter } from "./period";
import { defaultCalcSettings, type CalcSettings } from "./settings";

/** All integrity checks, ordered by severity then location code. */
export function runChecks({
  budget,
  indicators = [],
  throughQuarter,
  settings = defaultCalcSettings,
}: {
  budget?: BudgetNodeInput;
  indicators?: readonly IndicatorCheckInput[];
  throughQuarter: Quarter;
  settings?: CalcSettings;
}): Finding[] {
  return sortFindings([
    ...(budget ? checkBudget({ root: budget, throughQuarter }) : []),
    ...checkIndicators({ indicators, throughQuarter, settings }),
  ]);
}
