import Decimal from "decimal.js";

/** Rounds half-up (away from zero on .5) as Indonesian reports do; display only, never mid-calculation. */
export function roundHalfUp(d: Decimal, decimals: number): Decimal {
  return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** The precision every percentage (capaian, serapan, efisiensi) is shown with, and compared at for predikat. */
export const PERCENT_DECIMALS = 2;

export function roundPercent(d: Decimal): Decimal {
  return roundHalfUp(d, PERCENT_DECIMALS);
}

/** Indonesian number: "." groups thousands, "," separates decimals. formatNumber(1234567.5, 1) → "1.234.567,5". */
export function formatNumber(d: Decimal, decimals: number): string {
  const fixed = d.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith("-") && /[1-9]/.test(fixed);
  const [integerPart = "0", fractionPart] = fixed.replace("-", "").split(".");
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const body = fractionPart === undefined ? grouped : `${grouped},${fractionPart}`;
  return negative ? `-${body}` : body;
}

/** "Rp 17.654.457.386"; rounded to whole rupiah; negatives as "-Rp 1.000". */
/** A count the Indonesian way: 15.000. */
export function formatCount(count: number): string {
  return formatNumber(new Decimal(count), 0);
}

export function formatRupiah(d: Decimal): string {
  const rounded = roundHalfUp(d, 0);
  const text = `Rp ${formatNumber(rounded.abs(), 0)}`;
  return rounded.isNegative() && !rounded.isZero() ? `-${text}` : text;
}

/** "96,65 %": two decimals, half-up. */
export function formatPercent(d: Decimal): string {
  return `${formatNumber(d, PERCENT_DECIMALS)} %`;
}

/** A stored figure (target, realisasi of an indicator) as typed: Indonesian separators, at most 4 decimals. */
export function formatFigure(d: Decimal): string {
  return formatNumber(d, Math.min(d.decimalPlaces(), 4));
}

const PERCENT_SATUAN = new Set(["%", "persen", "persentase", "prosentase"]);

/** Whether an indicator's satuan is a percentage, however it was typed ("%", "Persen", "persentase"). */
export function isPercentSatuan(satuan: string): boolean {
  return PERCENT_SATUAN.has(satuan.trim().toLowerCase());
}

/** A figure with its satuan: "3,05 %" (every percent satuan prints "%"), "50 Orang"; "—" stays "—". */
export function withSatuan(figure: string, satuan: string): string {
  const unit = isPercentSatuan(satuan) ? "%" : satuan.trim();
  return figure === "—" || unit === "" ? figure : `${figure} ${unit}`;
}

/**
 * A target as every surface prints it: "92,5"; a RENTANG as its bounds, "2–5"; "—" without one. With a
 * satuan, the unit follows ("2–5 %").
 */
export function formatTarget(
  target: { value: Decimal; upper: Decimal | null } | null,
  satuan?: string,
): string {
  const text = !target
    ? "—"
    : target.upper
      ? `${formatFigure(target.value)}–${formatFigure(target.upper)}`
      : formatFigure(target.value);
  return satuan === undefined ? text : withSatuan(text, satuan);
}

const JAKARTA = "Asia/Jakarta";

/** "1 Des 2026, 14.05": a moment as the office reads it (WIB); append " WIB" where the zone is not obvious. */
export function formatDateTime(date: Date, { seconds = false }: { seconds?: boolean } = {}): string {
  return date.toLocaleString("id-ID", {
    dateStyle: "medium",
    timeStyle: seconds ? "medium" : "short",
    timeZone: JAKARTA,
  });
}

/** "14.05": the time of day in WIB. */
export function formatTime(date: Date): string {
  return date.toLocaleTimeString("id-ID", { hour: "2-digit", minute: "2-digit", timeZone: JAKARTA });
}

/** "1 Desember 2026": a date in letters and signatures. */
export function formatDateLong(date: Date): string {
  return date.toLocaleDateString("id-ID", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: JAKARTA,
  });
}

/** "Rp 17,65 M" (miliar), "Rp 540 jt" (juta): chart axes, where the full figure is in the table beside. */
export function formatRupiahCompact(d: Decimal): string {
  const abs = d.abs();
  const [divisor, unit] = abs.greaterThanOrEqualTo(1e12)
    ? [1e12, "T"]
    : abs.greaterThanOrEqualTo(1e9)
      ? [1e9, "M"]
      : abs.greaterThanOrEqualTo(1e6)
        ? [1e6, "jt"]
        : [1, ""];
  const scaled = d.div(divisor);
  const text = formatNumber(scaled, Math.min(scaled.decimalPlaces(), divisor === 1 ? 0 : 2));
  return unit ? `Rp ${text} ${unit}` : `Rp ${text}`;
}
