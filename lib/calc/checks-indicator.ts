import Decimal from "decimal.js";
import type { CapaianInput } from "./capaian";
import type { EvaluatedIndicator } from "./evaluate-indicator";
import type { Finding, FindingLocation, IndicatorLevel } from "./finding";
import { formatPercent, isPercentSatuan } from "@/lib/format";
import { selectIndicatorEntries } from "./indicator-realisasi";
import { describeThroughQuarter, periodConflictLabel, periodOfQuarter } from "./period";
import { defaultCalcSettings, type CalcSettings } from "./settings";

export type IndicatorCheckInput = CapaianInput & {
  id: string;
  level: IndicatorLevel;
  /** Code of the owner (sasaran, program, kegiatan...). */
  code: string;
  ownerName: string;
  name: string;
  satuan: string;
};

/** An indicator of the OPD-year with its evaluation by the engine. */
export type EvaluatedCheckInput = EvaluatedIndicator<IndicatorCheckInput>;

function locate(indicator: IndicatorCheckInput): FindingLocation {
  return {
    level: indicator.level,
    code: indicator.code,
    name: indicator.ownerName,
    indicator: { id: indicator.id, name: indicator.name },
  };
}

function checkPeriods(indicator: EvaluatedCheckInput): Finding[] {
  const { throughQuarter } = indicator.evaluation;
  const location = locate(indicator);
  const selection = selectIndicatorEntries({
    calculation: indicator.calculation,
    entries: indicator.realisasi,
    throughQuarter,
  });
  switch (selection.status) {
    case "CONFLICT":
      return [
        {
          code: "REALISASI_GANDA",
          severity: "ERROR",
          location,
          message: `${periodConflictLabel[selection.reason]}; capaian tidak dapat dihitung`,
        },
      ];
    case "ANNUAL_ONLY":
      return [
        {
          code: "REALISASI_HANYA_TAHUNAN",
          severity: "INFO",
          location,
          message: `Realisasi hanya tercatat sebagai nilai tahunan; capaian ${describeThroughQuarter(throughQuarter)} tidak diketahui`,
        },
      ];
    case "ANNUAL":
      return [];
    case "QUARTERLY":
      if (selection.missingQuarters.length === 0) return [];
      return [
        {
          code: "REALISASI_TRIWULAN_KOSONG",
          severity: "WARNING",
          location,
          message:
            `Realisasi ${selection.missingQuarters.map(periodOfQuarter).join(", ")} belum diisi` +
            (indicator.calculation === "RASIO" ? " lengkap (pembilang dan penyebut)" : ""),
          quarters: selection.missingQuarters,
        },
      ];
  }
}

function checkCapaian(indicator: EvaluatedCheckInput, settings: CalcSettings): Finding[] {
  const location = locate(indicator);
  const result = indicator.evaluation.capaian;
  switch (result.status) {
    case "TANPA_TARGET":
      return [
        // Incomplete rather than contradictory data: a warning, ranked below the figures that disagree.
        { code: "TARGET_KOSONG", severity: "WARNING", location, message: "Indikator belum memiliki target" },
      ];
    case "TARGET_TIDAK_VALID":
      return [
        {
          code: "TARGET_TIDAK_VALID",
          severity: "ERROR",
          location,
          message:
            "Target rentang harus memiliki batas bawah dan batas atas, dengan batas atas tidak lebih kecil",
        },
      ];
    case "TARGET_NOL":
      return [
        {
          code: "TARGET_NOL",
          severity: "WARNING",
          location,
          message: "Target bernilai 0 sehingga capaian tidak dapat dihitung",
        },
      ];
    case "PENYEBUT_NOL":
      return [
        {
          code: "PENYEBUT_NOL",
          severity: "WARNING",
          location,
          message: "Jumlah penyebut rasio bernilai 0 sehingga realisasi tidak dapat dihitung",
        },
      ];
    case "TANPA_REALISASI":
    case "REALISASI_TIDAK_DIKETAHUI":
      return []; // reported by checkPeriods
    case "OK": {
      const findings: Finding[] = [];
      const { min, max } = settings.plausibleCapaian;
      if (result.uncappedCapaian.lessThan(min) || result.uncappedCapaian.greaterThan(max)) {
        findings.push({
          code: "CAPAIAN_TIDAK_WAJAR",
          severity: "WARNING",
          location,
          message: `Capaian ${formatPercent(result.uncappedCapaian)} di luar rentang wajar ${formatPercent(min)}–${formatPercent(max)}; periksa target dan realisasi`,
        });
      }
      if (result.capped) {
        findings.push({
          code: "CAPAIAN_DIBATASI",
          severity: "INFO",
          location,
          message: `Capaian ${formatPercent(result.uncappedCapaian)} dibatasi menjadi ${formatPercent(result.capaian)}`,
        });
      }
      return findings;
    }
  }
}

/** A positive-polarity percentage above 100 (target or realisasi) rarely makes sense. */
function checkPercentAbove100(indicator: EvaluatedCheckInput): Finding[] {
  if (indicator.polarity !== "POSITIF" || !isPercentSatuan(indicator.satuan)) return [];
  const hundred = new Decimal(100);
  const parts: string[] = [];

  const { realisasi, target } = indicator.evaluation;
  if (realisasi.status === "OK" && realisasi.value.greaterThan(hundred)) {
    parts.push(`realisasi ${formatPercent(realisasi.value)}`);
  }
  if (target && target.value.greaterThan(hundred)) {
    parts.push(`target ${formatPercent(target.value)}`);
  }
  if (parts.length === 0) return [];
  return [
    {
      code: "PERSEN_MELEBIHI_100",
      severity: "WARNING",
      location: locate(indicator),
      message: `Indikator bersatuan persen dengan ${parts.join(" dan ")} di atas 100 %`,
    },
  ];
}

/** Integrity checks of evaluated indicators, through the quarter of their evaluation, in input order. */
export function checkIndicators({
  indicators,
  settings = defaultCalcSettings,
}: {
  indicators: readonly EvaluatedCheckInput[];
  settings?: CalcSettings;
}): Finding[] {
  return indicators.flatMap((indicator) => [
    ...checkCapaian(indicator, settings),
    ...checkPeriods(indicator),
    ...checkPercentAbove100(indicator),
  ]);
}
