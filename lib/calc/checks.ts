import { rollupBudget, type BudgetNodeInput, type BudgetNodeResult } from "./budget";
import { checkBudget } from "./checks-budget";
import { checkIndicators, type EvaluatedCheckInput, type IndicatorCheckInput } from "./checks-indicator";
import { evaluateIndicators } from "./evaluate-indicator";
import { checkNarratives, type NarrativeCheckInput } from "./checks-narrative";
import { buildNarrativeFigures } from "./figure-tokens";
import { checkRencanaAksi, emptyRencanaAksi, type RencanaAksi } from "./rencana-aksi";
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
  /** Evaluated through `throughQuarter` (evaluateIndicators). */
  indicators?: readonly EvaluatedCheckInput[];
  throughQuarter: Quarter;
  settings?: CalcSettings;
}): Finding[] {
  return sortFindings([
    ...(budget ? checkBudget({ root: budget, result: budgetResult, throughQuarter }) : []),
    ...checkIndicators({ indicators, settings }),
  ]);
}

export type OpdYearEvaluation = {
  rollup: BudgetNodeResult;
  /** Every indicator with its one evaluation (target, realisasi, capaian, predikat) through the quarter. */
  indicators: EvaluatedCheckInput[];
  findings: Finding[];
};

/** What a narrative check needs besides the figures: the year and the OPD name its tokens print. */
export type NarrativeContext = { year: number; opdName: string; narratives: readonly NarrativeCheckInput[] };

/**
 * An OPD-year through a quarter: the budget rolled up once, every indicator evaluated once, and every
 * check over the same rollup and evaluations.
 */
export function evaluateOpdYear({
  budget,
  indicators,
  settings,
  throughQuarter,
  narrative,
  rencanaAksi = emptyRencanaAksi,
}: {
  budget: BudgetNodeInput;
  indicators: readonly IndicatorCheckInput[];
  settings: CalcSettings;
  throughQuarter: Quarter;
  /** The year's rencana aksi: a quarter's realisasi far below its plan is a warning. */
  rencanaAksi?: RencanaAksi;
  /** The LKIP narrative, checked against the year's figures (the whole year's, as the report prints them). */
  narrative?: NarrativeContext;
}): OpdYearEvaluation {
  const rollup = rollupBudget({ root: budget, throughQuarter });
  const evaluated = evaluateIndicators({ indicators, throughQuarter, settings });
  const narrativeFindings = narrative
    ? checkNarratives({
        narratives: narrative.narratives,
        figures: buildNarrativeFigures({
          rollup: throughQuarter === 4 ? rollup : rollupBudget({ root: budget, throughQuarter: 4 }),
          indicators:
            throughQuarter === 4
              ? evaluated
              : evaluateIndicators({ indicators, throughQuarter: 4, settings }),
          year: narrative.year,
          opdName: narrative.opdName,
        }),
      })
    : [];
  return {
    rollup,
    indicators: evaluated,
    findings: sortFindings([
      ...runChecks({ budget, budgetResult: rollup, indicators: evaluated, settings, throughQuarter }),
      ...checkRencanaAksi({
        budget,
        rollup,
        indicators: evaluated,
        rencanaAksi,
        throughQuarter,
        settings,
      }),
      ...narrativeFindings,
    ]),
  };
}
