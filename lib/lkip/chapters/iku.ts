import type Decimal from "decimal.js";
import { describeCapaian, type TargetInForce } from "@/lib/calc/capaian";
import { compareIndicatorYears, type IndicatorComparison } from "@/lib/calc/comparison";
import {
  describeRealisasi,
  evaluateIndicator,
  type IndicatorEvaluation,
} from "@/lib/calc/evaluate-indicator";
import type { CalcSettings } from "@/lib/calc/settings";
import { formatTarget, withSatuan } from "@/lib/format";
import type { LkipIku } from "../lkip-input";

export type IkuYear = {
  year: number;
  evaluation: IndicatorEvaluation;
  /** The evaluation's target in force and realisasi, for the comparisons across years. */
  target: TargetInForce | null;
  targetRenstra: Decimal | null;
  realisasi: Decimal | null;
};

/** An IKU in every year of its period, each year evaluated by evaluateIndicator through TW IV. */
export function ikuYears(iku: LkipIku, settings: CalcSettings): IkuYear[] {
  return iku.years.map((y) => {
    const evaluation = evaluateIndicator({
      indicator: { ...iku, target: y.target, realisasi: y.realisasi },
      throughQuarter: 4,
      settings,
    });
    return {
      year: y.year,
      evaluation,
      target: evaluation.target,
      targetRenstra: y.targetRenstra,
      realisasi: evaluation.realisasi.status === "OK" ? evaluation.realisasi.value : null,
    };
  });
}

export function ikuComparison(
  iku: LkipIku,
  years: IkuYear[],
  year: number,
  settings: CalcSettings,
): IndicatorComparison {
  return compareIndicatorYears({
    polarity: iku.polarity,
    years: years.map((y) => ({
      year: y.year,
      target: y.target?.value ?? null,
      targetUpper: y.target?.upper ?? null,
      targetRenstra: y.targetRenstra,
      realisasi: y.realisasi,
    })),
    year,
    cap: settings.capaianCap,
  });
}

/** "3 %", "2–5 %" or "—": the year's target in force with its satuan. */
export const targetText = (y: IkuYear | undefined, satuan: string) => formatTarget(y?.target ?? null, satuan);

/** "3,05 %" or "—": the year's realisasi with its satuan. */
export const realisasiText = (y: IkuYear | undefined, satuan: string) =>
  withSatuan(y ? describeRealisasi(y.evaluation.realisasi) : "—", satuan);

export const capaianText = (y: IkuYear | undefined) => (y ? describeCapaian(y.evaluation.capaian) : "—");

export const predikatOf = (y: IkuYear | undefined) => y?.evaluation.predikat?.label ?? null;
