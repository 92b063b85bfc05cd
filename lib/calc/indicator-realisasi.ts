import Decimal from "decimal.js";
import {
  selectThroughQuarter,
  type Period,
  type PeriodSelection,
  type Quarter,
  type UnknownReason,
} from "./period";

export type Calculation = "LANGSUNG" | "RASIO";
export type Aggregation = "JUMLAH" | "TERAKHIR" | "RATA_RATA";

export type IndicatorRealisasiEntry = {
  period: Period;
  value?: Decimal | null;
  numerator?: Decimal | null;
  denominator?: Decimal | null;
};

/** A LANGSUNG entry is its value; a RASIO entry is its numerator and denominator (both required). */
export type IndicatorEntryValue = { value: Decimal } | { numerator: Decimal; denominator: Decimal };

export type Ratio = { numerator: Decimal; denominator: Decimal };

export type IndicatorRealisasiResult =
  | { status: "OK"; value: Decimal; basis: "TRIWULAN" | "TAHUNAN"; ratio: Ratio | null }
  | { status: "TANPA_REALISASI" }
  | { status: "PENYEBUT_NOL" }
  | { status: "REALISASI_TIDAK_DIKETAHUI"; reason: UnknownReason };

function toEntryValue(calculation: Calculation, entry: IndicatorRealisasiEntry): IndicatorEntryValue | null {
  if (calculation === "LANGSUNG") return entry.value ? { value: entry.value } : null;
  return entry.numerator && entry.denominator
    ? { numerator: entry.numerator, denominator: entry.denominator }
    : null;
}

/** Entries that count through the quarter; an incomplete RASIO entry counts as absent. */
export function selectIndicatorEntries({
  calculation,
  entries,
  throughQuarter,
}: {
  calculation: Calculation;
  entries: readonly IndicatorRealisasiEntry[];
  throughQuarter: Quarter;
}): PeriodSelection<IndicatorEntryValue> {
  return selectThroughQuarter({
    entries: entries.map((entry) => ({ period: entry.period, value: toEntryValue(calculation, entry) })),
    throughQuarter,
  });
}

function ratioPercent({ numerator, denominator }: Ratio): IndicatorRealisasiResult | Decimal {
  if (denominator.isZero()) return { status: "PENYEBUT_NOL" };
  return numerator.times(100).div(denominator);
}

function combine({
  calculation,
  aggregation,
  values,
  basis,
}: {
  calculation: Calculation;
  aggregation: Aggregation;
  values: IndicatorEntryValue[];
  basis: "TRIWULAN" | "TAHUNAN";
}): IndicatorRealisasiResult {
  const chosen = aggregation === "TERAKHIR" ? values.slice(-1) : values;
  const count = new Decimal(chosen.length);

  if (calculation === "LANGSUNG") {
    const sum = Decimal.sum(...chosen.map((v) => ("value" in v ? v.value : new Decimal(0))));
    const value = aggregation === "RATA_RATA" ? sum.div(count) : sum;
    return { status: "OK", value, basis, ratio: null };
  }

  const numerator = Decimal.sum(...chosen.map((v) => ("numerator" in v ? v.numerator : new Decimal(0))));
  const denominator = Decimal.sum(
    ...chosen.map((v) => ("denominator" in v ? v.denominator : new Decimal(0))),
  );
  // Averaging numerators and denominators cancels out of the ratio, so the percent is computed from
  // the sums (exact); the averaged numerator/denominator are what the report shows.
  const percent = ratioPercent({ numerator, denominator });
  if (!(percent instanceof Decimal)) return percent;
  const ratio =
    aggregation === "RATA_RATA"
      ? { numerator: numerator.div(count), denominator: denominator.div(count) }
      : { numerator, denominator };
  return { status: "OK", value: percent, basis, ratio };
}

/**
 * Realisasi of an indicator for the year through a quarter. Quarterly values combine per aggregation:
 * JUMLAH sums, TERAKHIR takes the latest quarter with a value, RATA_RATA averages the quarters that
 * have one. RASIO: numerators and denominators combine per the same rule, then numerator/denominator×100.
 * A TAHUNAN entry already is the year's figure and counts only through quarter 4.
 */
export function aggregateIndicatorRealisasi({
  calculation,
  aggregation,
  entries,
  throughQuarter,
}: {
  calculation: Calculation;
  aggregation: Aggregation;
  entries: readonly IndicatorRealisasiEntry[];
  throughQuarter: Quarter;
}): IndicatorRealisasiResult {
  const selection = selectIndicatorEntries({ calculation, entries, throughQuarter });
  switch (selection.status) {
    case "CONFLICT":
      return { status: "REALISASI_TIDAK_DIKETAHUI", reason: "DATA_GANDA" };
    case "ANNUAL_ONLY":
      return { status: "REALISASI_TIDAK_DIKETAHUI", reason: "HANYA_TAHUNAN" };
    case "ANNUAL":
      return combine({ calculation, aggregation: "JUMLAH", values: [selection.value], basis: "TAHUNAN" });
    case "QUARTERLY":
      if (selection.values.length === 0) return { status: "TANPA_REALISASI" };
      return combine({
        calculation,
        aggregation,
        values: selection.values.map((v) => v.value),
        basis: "TRIWULAN",
      });
  }
}
