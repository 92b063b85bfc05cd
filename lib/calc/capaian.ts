import Decimal from "decimal.js";
import { formatPercent } from "@/lib/format";
import type {
  Aggregation,
  Calculation,
  IndicatorRealisasiEntry,
  IndicatorRealisasiResult,
  Ratio,
} from "./indicator-realisasi";
import { unknownReasonLabel, type UnknownReason } from "./period";

export type Polarity = "POSITIF" | "NEGATIF" | "RENTANG";

export type IndicatorTarget = {
  value?: Decimal | null;
  /** Upper bound, RENTANG only (value is then the lower bound). */
  upper?: Decimal | null;
  perubahan?: Decimal | null;
  upperPerubahan?: Decimal | null;
};

export type CapaianInput = {
  polarity: Polarity;
  calculation: Calculation;
  aggregation: Aggregation;
  target: IndicatorTarget;
  realisasi: readonly IndicatorRealisasiEntry[];
};

export type CapaianFormula = "POSITIF" | "NEGATIF" | "RENTANG_DALAM" | "RENTANG_BAWAH" | "RENTANG_ATAS";

export type CapaianOk = {
  status: "OK";
  realisasi: Decimal;
  /** The target used (RENTANG: the lower bound). */
  target: Decimal;
  /** RENTANG only. */
  targetUpper: Decimal | null;
  targetSource: "AWAL" | "PERUBAHAN";
  capaian: Decimal;
  capped: boolean;
  /** Equals capaian unless capped. */
  uncappedCapaian: Decimal;
  formula: CapaianFormula;
  basis: "TRIWULAN" | "TAHUNAN";
  /** RASIO only: the combined numerator and denominator. */
  ratio: Ratio | null;
};

export type CapaianResult =
  | CapaianOk
  | { status: "TARGET_NOL" }
  | { status: "TANPA_TARGET" }
  | { status: "TARGET_TIDAK_VALID" }
  | { status: "TANPA_REALISASI" }
  | { status: "PENYEBUT_NOL" }
  | { status: "REALISASI_TIDAK_DIKETAHUI"; reason: UnknownReason };

export type CapaianStatus = CapaianResult["status"];

export const capaianStatusLabel: Record<CapaianStatus, string> = {
  OK: "Capaian terhitung",
  TARGET_NOL: "Target bernilai nol, capaian tidak dapat dihitung",
  TANPA_TARGET: "Target belum ditetapkan",
  TARGET_TIDAK_VALID: "Rentang target tidak lengkap atau batas atas lebih kecil dari batas bawah",
  TANPA_REALISASI: "Realisasi belum diisi",
  PENYEBUT_NOL: "Penyebut bernilai nol, rasio tidak dapat dihitung",
  REALISASI_TIDAK_DIKETAHUI: "Realisasi tidak diketahui",
};

/** "101,67 %" or the Indonesian label of the outcome; for tables on screen and in the PDF. */
export function describeCapaian(result: CapaianResult): string {
  if (result.status === "OK") return formatPercent(result.capaian);
  if (result.status === "REALISASI_TIDAK_DIKETAHUI") return unknownReasonLabel[result.reason];
  return capaianStatusLabel[result.status];
}

/** The target in force: perubahan applied; a RENTANG with both bounds (value is the lower one). */
export type TargetInForce = { value: Decimal; upper: Decimal | null; source: "AWAL" | "PERUBAHAN" };

export type ResolvedTarget =
  ({ status: "OK" } & TargetInForce) | { status: "TANPA_TARGET" } | { status: "TARGET_TIDAK_VALID" };

/**
 * Target perubahan, when present, is the target. For RENTANG the perubahan pair replaces the original
 * pair as a whole (never one bound from each), and both bounds are required.
 */
export function resolveTarget({
  polarity,
  target,
}: {
  polarity: Polarity;
  target: IndicatorTarget;
}): ResolvedTarget {
  const hasPerubahan = !!target.perubahan || (polarity === "RENTANG" && !!target.upperPerubahan);
  const source = hasPerubahan ? "PERUBAHAN" : "AWAL";
  const value = (hasPerubahan ? target.perubahan : target.value) ?? null;
  const upper = (hasPerubahan ? target.upperPerubahan : target.upper) ?? null;

  if (polarity !== "RENTANG")
    return value ? { status: "OK", value, upper: null, source } : { status: "TANPA_TARGET" };
  if (!value && !upper) return { status: "TANPA_TARGET" };
  if (!value || !upper || upper.lessThan(value)) return { status: "TARGET_TIDAK_VALID" };
  return { status: "OK", value, upper, source };
}

export type CapaianValueResult =
  | { status: "OK"; capaian: Decimal; uncappedCapaian: Decimal; capped: boolean; formula: CapaianFormula }
  | { status: "TARGET_NOL" };

type FormulaResult = { status: "OK"; capaian: Decimal; formula: CapaianFormula } | { status: "TARGET_NOL" };

function applyFormula({
  polarity,
  realisasi,
  target,
  upper,
}: {
  polarity: Polarity;
  realisasi: Decimal;
  target: Decimal;
  upper: Decimal | null;
}): FormulaResult {
  const positive = (bound: Decimal): Decimal => realisasi.times(100).div(bound);
  const negative = (bound: Decimal): Decimal => bound.times(2).minus(realisasi).times(100).div(bound);

  if (polarity === "POSITIF" || polarity === "NEGATIF") {
    if (target.isZero()) return { status: "TARGET_NOL" };
    return polarity === "POSITIF"
      ? { status: "OK", capaian: positive(target), formula: "POSITIF" }
      : { status: "OK", capaian: negative(target), formula: "NEGATIF" };
  }

  const lower = target;
  const top = upper ?? target;
  if (realisasi.lessThan(lower)) {
    return lower.isZero()
      ? { status: "TARGET_NOL" }
      : { status: "OK", capaian: positive(lower), formula: "RENTANG_BAWAH" };
  }
  if (realisasi.greaterThan(top)) {
    return top.isZero()
      ? { status: "TARGET_NOL" }
      : { status: "OK", capaian: negative(top), formula: "RENTANG_ATAS" };
  }
  return { status: "OK", capaian: new Decimal(100), formula: "RENTANG_DALAM" };
}

/**
 * Capaian from a realisasi and a target already known (used for comparisons with last year, the
 * Renstra target and the end-of-period target). NEGATIF can go below zero when realisasi exceeds twice
 * the target; the number is kept as computed and the plausibility check flags it.
 */
export function calculateCapaianFromValues({
  polarity,
  realisasi,
  target,
  targetUpper = null,
  cap = null,
}: {
  polarity: Polarity;
  realisasi: Decimal;
  target: Decimal;
  targetUpper?: Decimal | null;
  cap?: Decimal | null;
}): CapaianValueResult {
  const result = applyFormula({ polarity, realisasi, target, upper: targetUpper });
  if (result.status !== "OK") return result;
  const capped = cap !== null && result.capaian.greaterThan(cap);
  return {
    status: "OK",
    capaian: capped ? cap : result.capaian,
    uncappedCapaian: result.capaian,
    capped,
    formula: result.formula,
  };
}

/**
 * Capaian of an indicator from its resolved target and aggregated realisasi (evaluateIndicator gives
 * both). Checked in this order, each giving an explicit outcome instead of a number: target
 * (TANPA_TARGET, TARGET_TIDAK_VALID), realisasi (TANPA_REALISASI, REALISASI_TIDAK_DIKETAHUI,
 * PENYEBUT_NOL), then the formula (TARGET_NOL).
 */
export function capaianOf({
  polarity,
  target,
  realisasi,
  cap,
}: {
  polarity: Polarity;
  target: ResolvedTarget;
  realisasi: IndicatorRealisasiResult;
  /** e.g. 120: capaian above it is reported as the cap, with capped: true and the uncapped value kept. */
  cap: Decimal | null;
}): CapaianResult {
  if (target.status !== "OK") return target;
  if (realisasi.status !== "OK") return realisasi;

  const result = calculateCapaianFromValues({
    polarity,
    realisasi: realisasi.value,
    target: target.value,
    targetUpper: target.upper,
    cap,
  });
  if (result.status !== "OK") return result;

  return {
    ...result,
    realisasi: realisasi.value,
    target: target.value,
    targetUpper: target.upper,
    targetSource: target.source,
    basis: realisasi.basis,
    ratio: realisasi.ratio,
  };
}
