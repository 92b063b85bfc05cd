import { calculateCapaian, describeCapaian } from "@/lib/calc/capaian";
import type { IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import { formatFigure } from "@/lib/format";
import { aggregateIndicatorRealisasi } from "@/lib/calc/indicator-realisasi";
import type { Quarter } from "@/lib/calc/period";
import { determinePredikat } from "@/lib/calc/predikat";
import type { CalcSettings } from "@/lib/calc/settings";

/** One indicator's line of the capaian table, formatted for screen and PDF alike. */
export type IndicatorRow = {
  id: string;
  level: IndicatorCheckInput["level"];
  ownerCode: string;
  ownerName: string;
  name: string;
  satuan: string;
  target: string;
  realisasi: string;
  capaian: string;
  predikat: string | null;
};

export function toIndicatorRows({
  indicators,
  throughQuarter,
  settings,
}: {
  indicators: readonly IndicatorCheckInput[];
  throughQuarter: Quarter;
  settings: CalcSettings;
}): IndicatorRow[] {
  return indicators.map((indicator) => {
    const result = calculateCapaian({ indicator, throughQuarter, cap: settings.capaianCap });
    const target = indicator.target.perubahan ?? indicator.target.value;
    const realisasi = aggregateIndicatorRealisasi({
      ...indicator,
      entries: indicator.realisasi,
      throughQuarter,
    });
    return {
      id: indicator.id,
      level: indicator.level,
      ownerCode: indicator.code,
      ownerName: indicator.ownerName,
      name: indicator.name,
      satuan: indicator.satuan,
      target: target ? formatFigure(target) : "—",
      realisasi: realisasi.status === "OK" ? formatFigure(realisasi.value) : "—",
      capaian: describeCapaian(result),
      predikat:
        result.status === "OK"
          ? determinePredikat({ capaian: result.capaian, scale: settings.predikatScale }).label
          : null,
    };
  });
}
