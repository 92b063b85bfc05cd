import type Decimal from "decimal.js";
import { calculateCapaian, describeCapaian, resolveTarget, type CapaianResult } from "@/lib/calc/capaian";
import { isPercentSatuan } from "@/lib/calc/checks-indicator";
import { compareIndicatorYears, type IndicatorComparison } from "@/lib/calc/comparison";
import { aggregateIndicatorRealisasi } from "@/lib/calc/indicator-realisasi";
import { determinePredikat } from "@/lib/calc/predikat";
import type { CalcSettings } from "@/lib/calc/settings";
import { formatFigure } from "@/lib/format";
import type { LkipIku } from "../lkip-input";

export type IkuYear = {
  year: number;
  target: Decimal | null;
  targetRenstra: Decimal | null;
  realisasi: Decimal | null;
  capaian: CapaianResult;
  predikat: string | null;
};

/** An IKU in every year of its period: target (perubahan applied), realisasi, capaian and predikat. */
export function ikuYears(iku: LkipIku, settings: CalcSettings): IkuYear[] {
  return iku.years.map((y) => {
    const resolved = resolveTarget({ polarity: iku.polarity, target: y.target });
    const realisasi = aggregateIndicatorRealisasi({ ...iku, entries: y.realisasi, throughQuarter: 4 });
    const capaian = calculateCapaian({
      indicator: { ...iku, target: y.target, realisasi: y.realisasi },
      throughQuarter: 4,
      cap: settings.capaianCap,
    });
    return {
      year: y.year,
      target: resolved.status === "OK" ? resolved.target : null,
      targetRenstra: y.targetRenstra,
      realisasi: realisasi.status === "OK" ? realisasi.value : null,
      capaian,
      predikat:
        capaian.status === "OK"
          ? determinePredikat({ capaian: capaian.capaian, scale: settings.predikatScale }).label
          : null,
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
      target: y.target,
      targetRenstra: y.targetRenstra,
      realisasi: y.realisasi,
    })),
    year,
    cap: settings.capaianCap,
  });
}

/** "3,05 %" or "50 Orang": a figure with its unit. */
export function withUnit(value: Decimal | null, satuan: string): string {
  if (!value) return "—";
  return isPercentSatuan(satuan) ? `${formatFigure(value)} %` : `${formatFigure(value)} ${satuan}`;
}

export const capaianText = (y: IkuYear | undefined) => (y ? describeCapaian(y.capaian) : "—");
