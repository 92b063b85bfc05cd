import { formatFigure, formatNumber, PERCENT_DECIMALS } from "@/lib/format";
import {
  capaianOf,
  resolveTarget,
  type CapaianInput,
  type CapaianResult,
  type TargetInForce,
} from "./capaian";
import { aggregateIndicatorRealisasi, type IndicatorRealisasiResult } from "./indicator-realisasi";
import type { Quarter } from "./period";
import { determinePredikat } from "./predikat";
import type { CalcSettings } from "./settings";

/** What the evaluation of an indicator needs from the Pemda's settings. */
export type EvaluationSettings = Pick<CalcSettings, "capaianCap" | "predikatScale">;

/** A capaian's band on the Pemda's scale: its label and its place (0 = the best band). */
export type Predikat = { label: string; band: number };

/** An indicator through a quarter: everything a table, the PDF, a workbook or a narrative token prints. */
export type IndicatorEvaluation = {
  throughQuarter: Quarter;
  /** The target in force (perubahan applied, a RENTANG with both bounds); null when there is none or it is
   * not valid, the capaian then says which. */
  target: TargetInForce | null;
  /** The realisasi aggregated per the indicator's rule through the quarter (RASIO: the percentage). */
  realisasi: IndicatorRealisasiResult;
  capaian: CapaianResult;
  /** null without a capaian. */
  predikat: Predikat | null;
};

/** An indicator of the engine's input with its evaluation through the engine's quarter. */
export type EvaluatedIndicator<T extends CapaianInput = CapaianInput> = T & {
  evaluation: IndicatorEvaluation;
};

/**
 * The one evaluation of an indicator: the target in force, the realisasi aggregated through the quarter,
 * the capaian (capped per the settings) and its predikat. The engine (evaluateOpdYear) evaluates every
 * indicator of an OPD-year with it; screens, the LKIP, the workbooks, the narrative tokens and the grid
 * read that evaluation, or call this for figures outside the engine's year (IKU history, the typed grid).
 */
export function evaluateIndicator({
  indicator,
  throughQuarter,
  settings,
}: {
  indicator: CapaianInput;
  throughQuarter: Quarter;
  settings: EvaluationSettings;
}): IndicatorEvaluation {
  const resolved = resolveTarget({ polarity: indicator.polarity, target: indicator.target });
  const realisasi = aggregateIndicatorRealisasi({
    calculation: indicator.calculation,
    aggregation: indicator.aggregation,
    entries: indicator.realisasi,
    throughQuarter,
  });
  const capaian = capaianOf({
    polarity: indicator.polarity,
    target: resolved,
    realisasi,
    cap: settings.capaianCap,
  });
  const band =
    capaian.status === "OK"
      ? determinePredikat({ capaian: capaian.capaian, scale: settings.predikatScale })
      : null;
  return {
    throughQuarter,
    target:
      resolved.status === "OK"
        ? { value: resolved.value, upper: resolved.upper, source: resolved.source }
        : null,
    realisasi,
    capaian,
    predikat: band && { label: band.label, band: settings.predikatScale.bands.indexOf(band) },
  };
}

/** Every indicator with its evaluation through the quarter. */
export function evaluateIndicators<T extends CapaianInput>({
  indicators,
  throughQuarter,
  settings,
}: {
  indicators: readonly T[];
  throughQuarter: Quarter;
  settings: EvaluationSettings;
}): EvaluatedIndicator<T>[] {
  return indicators.map((indicator) => ({
    ...indicator,
    evaluation: evaluateIndicator({ indicator, throughQuarter, settings }),
  }));
}

/** "3,05", a RASIO's percentage "92,77" (two decimals, as every percentage), or "—" without a figure. */
export function describeRealisasi(realisasi: IndicatorRealisasiResult): string {
  if (realisasi.status !== "OK") return "—";
  return realisasi.ratio ? formatNumber(realisasi.value, PERCENT_DECIMALS) : formatFigure(realisasi.value);
}
