import { rollupBudget, type BudgetNodeInput, type BudgetNodeResult } from "./budget";
import { checkBudget } from "./checks-budget";
import { checkIndicators, type IndicatorCheckInput } from "./checks-indicator";
import { sortFindings, type Finding } from "./finding";
import type { Quarter } from "./period";
import { defaultCalcSettings, type CalcSettings } from "./settings";

/** All integrity checks, ordered by severity then location code. */
export function runChecks({
  budget,
  budgetResult,
  indicators = [],
  throughQuarter,
  settings = defaultCalcSettings,
}: {
  budget?: BudgetNodeInput;
  /** The rollup of `budget` through the same quarter, when the caller has it already. */
  budgetResult?: BudgetNodeResult;
  indicators?: readonly IndicatorCheckInput[];
  throughQuarter: Quarter;
  settings?: CalcSettings;
}): Finding[] {
  return sortFindings([
    ...(budget ? checkBudget({ root: budget, result: budgetResult, throughQuarter }) : []),
    ...checkIndicators({ indicators, throughQuarter, settings }),
  ]);
}

export type OpdYearEvaluation = { rollup: BudgetNodeResult; findings: Finding[] };

/** An OPD-year through a quarter: the budget rolled up once, and every check over the same rollup. */
export function evaluateOpdYear({
  budget,
  indicators,
  settings,
  throughQuarter,
}: {
  budget: BudgetNodeInput;
  indicators: readonly IndicatorCheckInput[];
  settings: CalcSettings;
  throughQuarter: Quarter;
}): OpdYearEvaluation {
  const rollup = rollupBudget({ root: budget, throughQuarter });
  return {
    rollup,
    findings: runChecks({ budget, budgetResult: rollup, indicators, settings, throughQuarter }),
  };
}
