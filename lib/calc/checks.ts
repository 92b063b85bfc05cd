import { rollupBudget, type BudgetNodeInput, type BudgetNodeResult } from "./budget";
import { checkBudget } from "./checks-budget";
import { checkIndicators, type IndicatorCheckInput } from "./checks-indicator";
import { checkNarratives, type NarrativeCheckInput } from "./checks-narrative";
import { buildNarrativeFigures } from "./figure-tokens";
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

/** What a narrative check needs besides the figures: the year and the OPD name its tokens print. */
export type NarrativeContext = { year: number; opdName: string; narratives: readonly NarrativeCheckInput[] };

/** An OPD-year through a quarter: the budget rolled up once, and every check over the same rollup. */
export function evaluateOpdYear({
  budget,
  indicators,
  settings,
  throughQuarter,
  narrative,
}: {
  budget: BudgetNodeInput;
  indicators: readonly IndicatorCheckInput[];
  settings: CalcSettings;
  throughQuarter: Quarter;
  /** The LKIP narrative, checked against the year's figures (the whole year's, as the report prints them). */
  narrative?: NarrativeContext;
}): OpdYearEvaluation {
  const rollup = rollupBudget({ root: budget, throughQuarter });
  const narrativeFindings = narrative
    ? checkNarratives({
        narratives: narrative.narratives,
        figures: buildNarrativeFigures({
          rollup: throughQuarter === 4 ? rollup : rollupBudget({ root: budget, throughQuarter: 4 }),
          indicators,
          settings,
          year: narrative.year,
          opdName: narrative.opdName,
        }),
      })
    : [];
  return {
    rollup,
    findings: sortFindings([
      ...runChecks({ budget, budgetResult: rollup, indicators, settings, throughQuarter }),
      ...narrativeFindings,
    ]),
  };
}
