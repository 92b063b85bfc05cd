import { describeCapaian } from "@/lib/calc/capaian";
import type { EvaluatedCheckInput, IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import { describeRealisasi } from "@/lib/calc/evaluate-indicator";
import { formatTarget } from "@/lib/format";

/** One indicator's line of the capaian table, formatted for screen and PDF alike. */
export type IndicatorRow = {
  id: string;
  level: IndicatorCheckInput["level"];
  ownerCode: string;
  ownerName: string;
  name: string;
  satuan: string;
  /** Without the satuan: "92,5", a RENTANG "2–5", or "—". */
  target: string;
  realisasi: string;
  capaian: string;
  predikat: string | null;
};

/** The engine's evaluation of each indicator, formatted: no figure is derived here. */
export function toIndicatorRows(indicators: readonly EvaluatedCheckInput[]): IndicatorRow[] {
  return indicators.map((indicator) => {
    const { target, realisasi, capaian, predikat } = indicator.evaluation;
    return {
      id: indicator.id,
      level: indicator.level,
      ownerCode: indicator.code,
      ownerName: indicator.ownerName,
      name: indicator.name,
      satuan: indicator.satuan,
      target: formatTarget(target),
      realisasi: describeRealisasi(realisasi),
      capaian: describeCapaian(capaian),
      predikat: predikat?.label ?? null,
    };
  });
}
