import Decimal from "decimal.js";
import { calculateCapaianFromValues, resolveTarget, type CapaianFormula, type Polarity } from "./capaian";

export type IndicatorYear = {
  year: number;
  /** Target of the Perjanjian Kinerja (perubahan already applied by the caller). */
  target?: Decimal | null;
  targetUpper?: Decimal | null;
  /** Target for the year in the Renstra. */
  targetRenstra?: Decimal | null;
  targetRenstraUpper?: Decimal | null;
  realisasi?: Decimal | null;
};

export type ComparisonCapaian =
  | {
      status: "OK";
      realisasi: Decimal;
      target: Decimal;
      targetUpper: Decimal | null;
      capaian: Decimal;
      uncappedCapaian: Decimal;
      capped: boolean;
      formula: CapaianFormula;
    }
  | { status: "TARGET_NOL" }
  | { status: "TANPA_TARGET" }
  | { status: "TARGET_TIDAK_VALID" }
  | { status: "TANPA_REALISASI" };

export type Trend = "MEMBAIK" | "MEMBURUK" | "TETAP" | "TIDAK_DAPAT_DINILAI";

export const trendLabel: Record<Trend, string> = {
  MEMBAIK: "Membaik",
  MEMBURUK: "Memburuk",
  TETAP: "Tetap",
  TIDAK_DAPAT_DINILAI: "Tidak dapat dinilai",
};

export type Change =
  | {
      status: "OK";
      comparedYear: number;
      difference: Decimal;
      percentChange: { status: "OK"; value: Decimal } | { status: "PEMBANDING_NOL" };
      trend: Trend;
    }
  | { status: "TANPA_PEMBANDING" };

export type YearRow = {
  year: number;
  realisasi: Decimal | null;
  capaian: ComparisonCapaian;
  /** Against the nearest earlier year in the list that has a realisasi. */
  change: Change;
};

function compareWithTarget({
  polarity,
  realisasi,
  target,
  targetUpper,
  cap,
}: {
  polarity: Polarity;
  realisasi: Decimal | null | undefined;
  target: Decimal | null | undefined;
  targetUpper: Decimal | null | undefined;
  cap: Decimal | null;
}): ComparisonCapaian {
  const resolved = resolveTarget({ polarity, target: { value: target, upper: targetUpper } });
  if (resolved.status !== "OK") return resolved;
  if (!realisasi) return { status: "TANPA_REALISASI" };
  const result = calculateCapaianFromValues({
    polarity,
    realisasi,
    target: resolved.value,
    targetUpper: resolved.upper,
    cap,
  });
  if (result.status !== "OK") return result;
  return { ...result, realisasi, target: resolved.value, targetUpper: resolved.upper };
}

function judgeTrend({
  polarity,
  difference,
  capaian,
  previousCapaian,
}: {
  polarity: Polarity;
  difference: Decimal;
  capaian: ComparisonCapaian;
  previousCapaian: ComparisonCapaian;
}): Trend {
  if (polarity === "RENTANG") {
    // Closer to the range is better, which only the capaian can tell.
    if (capaian.status !== "OK" || previousCapaian.status !== "OK") return "TIDAK_DAPAT_DINILAI";
    const cmp = capaian.uncappedCapaian.comparedTo(previousCapaian.uncappedCapaian);
    return cmp > 0 ? "MEMBAIK" : cmp < 0 ? "MEMBURUK" : "TETAP";
  }
  if (difference.isZero()) return "TETAP";
  const rose = difference.greaterThan(0);
  return rose === (polarity === "POSITIF") ? "MEMBAIK" : "MEMBURUK";
}

export type ProgressBasis = "TAHUN_BERJALAN" | "AKUMULASI";

export type IndicatorComparison = {
  year: number;
  /** Realisasi vs the year's target. */
  vsTarget: ComparisonCapaian;
  /** Years up to and including `year`, ascending, each with its capaian and change from the year before. */
  history: YearRow[];
  /** The year against the nearest earlier year with a realisasi. */
  vsPreviousYear: Change;
  /** Realisasi vs the Renstra target of the same year. */
  vsRenstra: ComparisonCapaian;
  /** Realisasi (of the year, or summed over the years so far) vs the Renstra target of the final year. */
  progressToFinal: { finalYear: number; basis: ProgressBasis; capaian: ComparisonCapaian };
};

/**
 * The BAB III comparisons for one indicator. `finalYear` defaults to the last year given (the Renstra's
 * final year). Progress toward the final target is never capped: it is a distance, not a score.
 */
export function compareIndicatorYears({
  polarity,
  years,
  year,
  finalYear,
  progressBasis = "TAHUN_BERJALAN",
  cap = null,
}: {
  polarity: Polarity;
  years: readonly IndicatorYear[];
  year: number;
  finalYear?: number;
  progressBasis?: ProgressBasis;
  cap?: Decimal | null;
}): IndicatorComparison {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const current = sorted.find((y) => y.year === year);

  const history: YearRow[] = [];
  for (const entry of sorted.filter((y) => y.year <= year)) {
    const capaian = compareWithTarget({
      polarity,
      realisasi: entry.realisasi,
      target: entry.target,
      targetUpper: entry.targetUpper,
      cap,
    });
    const previous = [...history].reverse().find((row) => row.realisasi !== null);
    const realisasi = entry.realisasi ?? null;
    let change: Change = { status: "TANPA_PEMBANDING" };
    if (previous && previous.realisasi && realisasi) {
      const difference = realisasi.minus(previous.realisasi);
      change = {
        status: "OK",
        comparedYear: previous.year,
        difference,
        percentChange: previous.realisasi.isZero()
          ? { status: "PEMBANDING_NOL" }
          : { status: "OK", value: difference.times(100).div(previous.realisasi.abs()) },
        trend: judgeTrend({ polarity, difference, capaian, previousCapaian: previous.capaian }),
      };
    }
    history.push({ year: entry.year, realisasi, capaian, change });
  }

  const lastYear = finalYear ?? sorted[sorted.length - 1]?.year ?? year;
  const final = sorted.find((y) => y.year === lastYear);
  const yearsSoFar = sorted.filter((y) => y.year <= year);
  const progressRealisasi =
    progressBasis === "TAHUN_BERJALAN"
      ? current?.realisasi
      : yearsSoFar.length > 0 && yearsSoFar.every((y) => y.realisasi)
        ? Decimal.sum(...yearsSoFar.map((y) => y.realisasi ?? new Decimal(0)))
        : null;

  return {
    year,
    vsTarget: compareWithTarget({
      polarity,
      realisasi: current?.realisasi,
      target: current?.target,
      targetUpper: current?.targetUpper,
      cap,
    }),
    history,
    vsPreviousYear: history.find((row) => row.year === year)?.change ?? { status: "TANPA_PEMBANDING" },
    vsRenstra: compareWithTarget({
      polarity,
      realisasi: current?.realisasi,
      target: current?.targetRenstra,
      targetUpper: current?.targetRenstraUpper,
      cap,
    }),
    progressToFinal: {
      finalYear: lastYear,
      basis: progressBasis,
      capaian: compareWithTarget({
        polarity,
        realisasi: progressRealisasi,
        target: final?.targetRenstra,
        targetUpper: final?.targetRenstraUpper,
        cap: null,
      }),
    },
  };
}
