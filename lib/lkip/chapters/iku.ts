import type Decimal from "decimal.js";
import { describeCapaian, type TargetInForce } from "@/lib/calc/capaian";
import { compareIndicatorYears, type IndicatorComparison } from "@/lib/calc/comparison";
import {
  describeRealisasi,
  evaluateIndicator,
  type IndicatorEvaluation,
} from "@/lib/calc/evaluate-indicator";
import type { IkuHistory } from "@/lib/calc/figure-tokens";
import type { CalcSettings } from "@/lib/calc/settings";
import { formatTarget, withSatuan } from "@/lib/format";
import type { LkipIku } from "../lkip-input";

export type IkuYear = {
  year: number;
  /** A qualitative target and its realisasi, printed as written and never rated. */
  targetText: string | null;
  realisasiText: string | null;
  evaluation: IndicatorEvaluation;
  /** The evaluation's target in force and realisasi, for the comparisons across years. */
  target: TargetInForce | null;
  targetRenstra: Decimal | null;
  realisasi: Decimal | null;
};

/**
 * An IKU in the years of its period up to the report's year, each evaluated by evaluateIndicator through
 * TW IV: a report never shows the realisasi of a later year (the demo's illustrative next year).
 */
export function ikuYears(iku: LkipIku, settings: CalcSettings, reportYear: number): IkuYear[] {
  return iku.years
    .filter((y) => y.year <= reportYear)
    .map((y) => {
      const evaluation = evaluateIndicator({
        indicator: { ...iku, target: y.target, realisasi: y.realisasi },
        throughQuarter: 4,
        settings,
      });
      return {
        year: y.year,
        targetText: y.targetText,
        realisasiText: y.realisasiText,
        evaluation,
        target: evaluation.target,
        targetRenstra: y.targetRenstra,
        realisasi: evaluation.realisasi.status === "OK" ? evaluation.realisasi.value : null,
      };
    });
}

/** The Renstra's target of the final year of the period (BAB II "target akhir"). */
export const targetAkhir = (iku: LkipIku) => iku.years[iku.years.length - 1]?.targetRenstra ?? null;

/** The BAB III comparisons of an IKU: against last year, the Renstra and its final target. */
export function ikuComparison(
  iku: LkipIku,
  years: IkuYear[],
  year: number,
  settings: CalcSettings,
): IndicatorComparison {
  const final = iku.years[iku.years.length - 1];
  return compareIndicatorYears({
    polarity: iku.polarity,
    years: [
      ...years.map((y) => ({
        year: y.year,
        target: y.target?.value ?? null,
        targetUpper: y.target?.upper ?? null,
        targetRenstra: y.targetRenstra,
        realisasi: y.realisasi,
      })),
      // The final year's Renstra target only: its realisasi is not known yet.
      ...(final && final.year > year ? [{ year: final.year, targetRenstra: final.targetRenstra }] : []),
    ],
    year,
    cap: settings.capaianCap,
  });
}

/** The figures of an IKU's history tokens ({selisih_iku:<kode>} …) for the sasaran's kode. */
export function ikuHistory(code: string, iku: LkipIku, settings: CalcSettings, year: number): IkuHistory {
  const years = ikuYears(iku, settings, year);
  const comparison = ikuComparison(iku, years, year, settings);
  const standar = iku.years.find((y) => y.year === year)?.standarNasional ?? null;
  const current = years.find((y) => y.year === year);
  return {
    code,
    satuan: iku.satuan,
    kondisiAwal: iku.kondisiAwal,
    comparison,
    targetAkhir: targetAkhir(iku),
    standarNasional: standar && {
      value: standar.value,
      capaian: compareIndicatorYears({
        polarity: iku.polarity,
        years: [{ year, target: standar.value, realisasi: current?.realisasi ?? null }],
        year,
      }).vsTarget,
    },
  };
}

/** "3 %", "2–5 %", a qualitative target as written, or "—": the year's target in force. */
export const targetText = (y: IkuYear | undefined, satuan: string) =>
  y?.targetText ?? formatTarget(y?.target ?? null, satuan);

/** "3,05 %", a qualitative realisasi as written, or "—". */
export const realisasiText = (y: IkuYear | undefined, satuan: string) =>
  y?.realisasiText ?? withSatuan(y ? describeRealisasi(y.evaluation.realisasi) : "—", satuan);

/** A qualitative target is not rated: its capaian is "—". */
export const capaianText = (y: IkuYear | undefined) =>
  y && !y.targetText ? describeCapaian(y.evaluation.capaian) : "—";

export const predikatOf = (y: IkuYear | undefined) =>
  y?.targetText ? null : (y?.evaluation.predikat?.label ?? null);
