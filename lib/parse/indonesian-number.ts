import Decimal from "decimal.js";
import { z } from "@/lib/inputs/zod";
import { formatNumber } from "@/lib/format";

/**
 * Numbers as Indonesian planners type them: "." groups thousands, "," separates decimals ("1.234.567,50").
 * Shared by browser forms and server actions, so it uses no Node APIs.
 */

export type ParseResult = { ok: true; value: Decimal } | { ok: false; message: string };

export type IndonesianDecimalOptions = { allowNegative?: boolean; maxDecimals?: number };

const RUPIAH_DECIMALS = 2;
/** Every stored figure has at most 16 digits before the comma (Decimal(20,4)). */
const LIMIT = new Decimal("1e16");
const TOO_LARGE = "Nilai terlalu besar: paling banyak 16 angka sebelum koma (9.999.999.999.999.999)";
/**
 * One rupiah amount has at most 15 digits, so that a year of four quarters still fits the 16 digits of
 * Decimal(18,2) and the export's year total imports back.
 */
const RUPIAH_LIMIT = new Decimal("1e15");
const RUPIAH_TOO_LARGE = "Nilai terlalu besar: paling banyak 15 angka sebelum koma (Rp 999.999.999.999.999)";
const DEFAULT_MAX_DECIMALS = 4;

const EXAMPLE = "misalnya 1.234.567,50";
const GROUPING_MESSAGE =
  "Pemisah ribuan salah: titik (.) memisahkan ribuan per 3 angka dan koma (,) memisahkan desimal, " + EXAMPLE;

const fail = (message: string): ParseResult => ({ ok: false, message });

type Sign = "none" | "minus" | "plus";
type Unsigned = { ok: true; value: Decimal; decimals: number } | { ok: false; message: string };

// JS `\s` includes NBSP (U+00A0), thin space (U+2009) and narrow NBSP (U+202F) from pasted spreadsheets.
const CURRENCY_PREFIX = /^rp\.?\s*/i;

/** One amount, or (`yearTotal`) the sum of a leaf's four quarters, which may reach the column's 16 digits. */
export function parseRupiah(text: string, { yearTotal = false } = {}): ParseResult {
  const trimmed = text.trim();
  if (trimmed === "") return fail("Nilai kosong");

  // "Rp -5" and "-Rp 5" are both seen; the prefix is stripped on whichever side of the sign it sits.
  const withoutPrefix = trimmed.replace(CURRENCY_PREFIX, "");
  const signed = splitSign(withoutPrefix);
  const body = withoutPrefix === trimmed ? signed.body.replace(CURRENCY_PREFIX, "") : signed.body;

  const parsed = parseUnsigned(body, trimmed);
  if (!parsed.ok) return parsed;
  const signError = checkSign(signed.sign, parsed.value, false, "Nilai rupiah tidak boleh negatif");
  if (signError) return fail(signError);
  if (parsed.decimals > RUPIAH_DECIMALS) {
    return fail(`Rupiah paling banyak ${RUPIAH_DECIMALS} angka di belakang koma (sen), ${EXAMPLE}`);
  }
  if (
    yearTotal ? parsed.value.greaterThanOrEqualTo(LIMIT) : parsed.value.greaterThanOrEqualTo(RUPIAH_LIMIT)
  ) {
    return fail(yearTotal ? TOO_LARGE : RUPIAH_TOO_LARGE);
  }
  return { ok: true, value: parsed.value };
}

export function parseIndonesianDecimal(text: string, options: IndonesianDecimalOptions = {}): ParseResult {
  const { allowNegative = false, maxDecimals = DEFAULT_MAX_DECIMALS } = options;
  const trimmed = text.trim();
  if (trimmed === "") return fail("Nilai kosong");

  const signed = splitSign(trimmed.replace(/\s*%$/, ""));
  const parsed = parseUnsigned(signed.body, trimmed);
  if (!parsed.ok) return parsed;
  const signError = checkSign(signed.sign, parsed.value, allowNegative, "Nilai tidak boleh negatif");
  if (signError) return fail(signError);
  if (parsed.decimals > maxDecimals) {
    return fail(`Paling banyak ${maxDecimals} angka di belakang koma`);
  }
  if (parsed.value.greaterThanOrEqualTo(LIMIT)) return fail(TOO_LARGE);
  const negative = signed.sign === "minus" && !parsed.value.isZero();
  return { ok: true, value: negative ? parsed.value.negated() : parsed.value };
}

/** What an edit field shows back: "1.234.567", or "1.234.567,50" when there are sen. */
export function formatInputRupiah(d: Decimal): string {
  const rounded = d.toDecimalPlaces(RUPIAH_DECIMALS, Decimal.ROUND_HALF_UP);
  return formatNumber(rounded, rounded.isInteger() ? 0 : RUPIAH_DECIMALS);
}

function schemaFrom(parse: (text: string) => ParseResult) {
  return z.string({ error: "Nilai harus berupa teks" }).transform((text, ctx) => {
    const result = parse(text);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.message });
    return z.NEVER;
  });
}

export const rupiahTextSchema = schemaFrom((text) => parseRupiah(text));
export const rupiahYearTotalTextSchema = schemaFrom((text) => parseRupiah(text, { yearTotal: true }));

/** Accepts "-5", "−5" (Unicode minus), "+5" and the accountants' "(5)". */
function splitSign(text: string): { sign: Sign; body: string } {
  const parenthesized = /^\((.*)\)$/.exec(text);
  if (parenthesized) return { sign: "minus", body: parenthesized[1]!.trim() };
  const first = text.charAt(0);
  if (first === "-" || first === "\u2212") return { sign: "minus", body: text.slice(1).trim() };
  if (first === "+") return { sign: "plus", body: text.slice(1).trim() };
  return { sign: "none", body: text };
}

function checkSign(
  sign: Sign,
  value: Decimal,
  allowNegative: boolean,
  negativeMessage: string,
): string | null {
  // "+5" in a realisasi column may be meant as "add 5 to what is there"; storing 5 would silently be wrong.
  if (sign === "plus") return "Tanda + tidak dipakai; tulis angkanya saja";
  if (sign === "minus" && !value.isZero() && !allowNegative) return negativeMessage;
  return null;
}

/** Digits with optional "."/space thousands groups and one "," before the decimals. */
function parseUnsigned(body: string, original: string): Unsigned {
  if (!/^[\d.,\s]+$/.test(body) || !/\d/.test(body)) {
    return {
      ok: false,
      message: `"${original}" bukan angka yang sah; gunakan hanya angka, titik (.) untuk ribuan, dan koma (,) untuk desimal`,
    };
  }
  if (body.includes(",") && body.lastIndexOf(",") < body.lastIndexOf(".")) {
    return {
      ok: false,
      message: `Format angka Inggris tidak dipakai: gunakan titik (.) untuk ribuan dan koma (,) untuk desimal, ${EXAMPLE}`,
    };
  }

  const [integerPart = "", fractionPart, ...extra] = body.split(",");
  if (extra.length > 0) {
    return {
      ok: false,
      message: "Koma (,) hanya boleh satu, sebagai pemisah desimal; untuk ribuan gunakan titik (.)",
    };
  }
  if (fractionPart === "") return { ok: false, message: "Tidak ada angka di belakang koma" };
  if (fractionPart !== undefined && !/^\d+$/.test(fractionPart)) {
    return { ok: false, message: "Di belakang koma desimal hanya boleh angka" };
  }
  // ",5" is refused rather than read as 0,5: it is as likely a digit lost before the comma.
  if (integerPart === "") return { ok: false, message: "Tulis angka sebelum koma, misalnya 0,5" };

  const integerDigits = ungroup(integerPart);
  if (integerDigits === null) {
    const dotted = /^(\d+)\.(\d+)$/.exec(integerPart);
    if (dotted && fractionPart === undefined) {
      return {
        ok: false,
        message: `Titik (.) adalah pemisah ribuan dan koma (,) pemisah desimal; maksudnya ${dotted[1]},${dotted[2]}?`,
      };
    }
    return { ok: false, message: GROUPING_MESSAGE };
  }

  // Decimals are counted as typed, not as significant: money typed "1,500" is more likely an English
  // 1,500 than 1,5 rupiah, and refusing it beats storing a value 1000 times too small.
  const decimals = fractionPart?.length ?? 0;
  const value = new Decimal(fractionPart === undefined ? integerDigits : `${integerDigits}.${fractionPart}`);
  return { ok: true, value, decimals };
}

/** "1.234.567" or "1 234 567" → "1234567"; null when the groups are not 1–3 digits then exactly 3 each. */
function ungroup(integerPart: string): string | null {
  if (/^\d+$/.test(integerPart)) return integerPart;
  const grouped =
    /^[1-9]\d{0,2}(\.\d{3})+$/.test(integerPart) || /^[1-9]\d{0,2}(\s\d{3})+$/.test(integerPart);
  return grouped ? integerPart.replace(/[.\s]/g, "") : null;
}
