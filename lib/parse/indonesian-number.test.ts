import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatInputRupiah,
  parseIndonesianDecimal,
  parseRupiah,
  rupiahTextSchema,
  type ParseResult,
} from "./indonesian-number";

function valueOf(result: ParseResult): string {
  if (!result.ok) throw new Error(`expected a value, got: ${result.message}`);
  return result.value.toString();
}

function messageOf(result: ParseResult): string {
  if (result.ok) throw new Error(`expected a refusal, got the value ${result.value.toString()}`);
  return result.message;
}

const NBSP = "\u00a0";
const THIN = "\u2009";
const NARROW_NBSP = "\u202f";

describe("parseRupiah accepts", () => {
  it.each([
    ["1.234.567", "1234567"],
    ["1.234.567,50", "1234567.5"],
    ["1.234.567,5", "1234567.5"],
    ["1.234.567,05", "1234567.05"],
    ["Rp 1.234.567", "1234567"],
    ["Rp1.234.567", "1234567"],
    ["Rp. 1.234.567", "1234567"],
    ["Rp.1.234", "1234"],
    ["rp 1.234.567", "1234567"],
    ["RP 1.000", "1000"],
    ["1234567", "1234567"],
    ["1234567,50", "1234567.5"],
    ["0", "0"],
    ["0,5", "0.5"],
    ["007", "7"],
    ["999", "999"],
    ["1.000.000.000.000", "1000000000000"],
    ["  1.234  ", "1234"],
    [`${NBSP}1.234.567${NBSP}`, "1234567"],
    [`${THIN}Rp 1.234${NARROW_NBSP}`, "1234"],
    ["1 234 567", "1234567"],
    [`1${NBSP}234${NBSP}567,25`, "1234567.25"],
    [`Rp 1${NARROW_NBSP}234`, "1234"],
    ["-0", "0"],
  ])("%j → %s", (text, expected) => {
    expect(valueOf(parseRupiah(text))).toBe(expected);
  });
});

describe("parseRupiah refuses", () => {
  it.each([
    ["", "Nilai kosong"],
    ["   ", "Nilai kosong"],
    [NBSP, "Nilai kosong"],
    ["1,234.56", "Format angka Inggris"],
    ["1,234,567.89", "Format angka Inggris"],
    ["1,234,567", "Koma (,) hanya boleh satu"],
    ["1,2,3", "Koma (,) hanya boleh satu"],
    ["1.234,567", "paling banyak 2 angka di belakang koma"],
    ["12a", '"12a" bukan angka yang sah'],
    ["abc", "bukan angka yang sah"],
    ["1e5", "bukan angka yang sah"],
    ["Infinity", "bukan angka yang sah"],
    ["NaN", "bukan angka yang sah"],
    ["Rp", "bukan angka yang sah"],
    ["-", "bukan angka yang sah"],
    ["5 %", "bukan angka yang sah"],
    ["(5", "bukan angka yang sah"],
    ["-5", "tidak boleh negatif"],
    ["\u22125", "tidak boleh negatif"],
    ["(5)", "tidak boleh negatif"],
    ["Rp -5", "tidak boleh negatif"],
    ["-Rp 5", "tidak boleh negatif"],
    ["Rp (1.000)", "tidak boleh negatif"],
    ["1.23.456", "Pemisah ribuan salah"],
    ["1.234.5678", "Pemisah ribuan salah"],
    ["01.234.567", "Pemisah ribuan salah"],
    ["1 23 456", "Pemisah ribuan salah"],
    ["1 234.567", "Pemisah ribuan salah"],
    ["12.34", "maksudnya 12,34?"],
    ["1.2345", "maksudnya 1,2345?"],
    ["0.5", "maksudnya 0,5?"],
    ["1.234.567,", "Tidak ada angka di belakang koma"],
    ["1,5 0", "Di belakang koma desimal hanya boleh angka"],
  ])("%j: %s", (text, phrase) => {
    expect(messageOf(parseRupiah(text))).toContain(phrase);
  });

  it("refuses ',5' instead of reading it as 0,5: a digit may have been lost before the comma", () => {
    expect(messageOf(parseRupiah(",5"))).toContain("sebelum koma");
  });

  it("refuses '1,500': decimals count as typed, so an English 1,500 is not stored as 1,5 rupiah", () => {
    expect(messageOf(parseRupiah("1,500"))).toContain("paling banyak 2 angka di belakang koma");
  });

  it("refuses '+5': a plus may mean 'add 5', so storing 5 could be wrong", () => {
    expect(messageOf(parseRupiah("+5"))).toContain("Tanda +");
  });

  it("explains both separators when the grouping is wrong", () => {
    const message = messageOf(parseRupiah("1.23.456"));
    expect(message).toContain("titik (.)");
    expect(message).toContain("koma (,)");
  });
});

describe("parseIndonesianDecimal", () => {
  it.each([
    ["96,65", "96.65"],
    ["3,05", "3.05"],
    ["13.415", "13415"],
    ["0,06", "0.06"],
    ["100", "100"],
    ["91,5", "91.5"],
    ["1.234.567,8912", "1234567.8912"],
    ["96,65 %", "96.65"],
    ["96,65%", "96.65"],
    ["1,500", "1.5"],
    ["1 234,5", "1234.5"],
  ])("accepts %j → %s", (text, expected) => {
    expect(valueOf(parseIndonesianDecimal(text))).toBe(expected);
  });

  it.each([
    ["", "Nilai kosong"],
    ["-2,5", "tidak boleh negatif"],
    ["(2,5)", "tidak boleh negatif"],
    ["+2,5", "Tanda +"],
    ["1,23456", "Paling banyak 4 angka di belakang koma"],
    ["Rp 5", "bukan angka yang sah"],
    ["96,65 %%", "bukan angka yang sah"],
    ["%", "bukan angka yang sah"],
    ["12.34", "maksudnya 12,34?"],
    ["1,234.5", "Format angka Inggris"],
  ])("refuses %j: %s", (text, phrase) => {
    expect(messageOf(parseIndonesianDecimal(text))).toContain(phrase);
  });

  it.each([
    ["-2,5", "-2.5"],
    ["\u22122,5", "-2.5"],
    ["(2,5)", "-2.5"],
    ["-1.234,5 %", "-1234.5"],
    ["2,5", "2.5"],
  ])("with allowNegative accepts %j → %s", (text, expected) => {
    expect(valueOf(parseIndonesianDecimal(text, { allowNegative: true }))).toBe(expected);
  });

  it("reads -0 as plain zero, not a negative zero", () => {
    const result = parseIndonesianDecimal("-0", { allowNegative: true });
    expect(result.ok && result.value.isNegative()).toBe(false);
    expect(valueOf(result)).toBe("0");
  });

  it.each([
    [2, "1,23", "1.23"],
    [0, "5", "5"],
  ])("with maxDecimals %i accepts %j → %s", (maxDecimals, text, expected) => {
    expect(valueOf(parseIndonesianDecimal(text, { maxDecimals }))).toBe(expected);
  });

  it.each([
    [2, "1,234", "Paling banyak 2 angka"],
    [0, "5,5", "Paling banyak 0 angka"],
  ])("with maxDecimals %i refuses %j", (maxDecimals, text, phrase) => {
    expect(messageOf(parseIndonesianDecimal(text, { maxDecimals }))).toContain(phrase);
  });
});

describe("formatInputRupiah", () => {
  it.each([
    ["1234567", "1.234.567"],
    ["1234567.5", "1.234.567,50"],
    ["1234567.05", "1.234.567,05"],
    ["0", "0"],
    ["999", "999"],
    ["1000.00", "1.000"],
    ["1.005", "1,01"],
    ["1.999", "2"],
  ])("%s → %j", (value, expected) => {
    expect(formatInputRupiah(new Decimal(value))).toBe(expected);
  });

  it.each([
    ["1234567", "1.234.567"],
    ["Rp 1.234.567,5", "1.234.567,50"],
    ["1234567,05", "1.234.567,05"],
    ["0", "0"],
    ["0,5", "0,50"],
    ["1.000,00", "1.000"],
    ["1 234 567,10", "1.234.567,10"],
    ["rp. 17.654.457.386", "17.654.457.386"],
  ])("round-trips %j through %j back to the same value", (text, shown) => {
    const parsed = parseRupiah(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const formatted = formatInputRupiah(parsed.value);
    expect(formatted).toBe(shown);
    expect(valueOf(parseRupiah(formatted))).toBe(parsed.value.toString());
  });

  it("round-trips any amount in sen", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n - 1n }), (sen) => {
        const value = new Decimal(sen.toString()).dividedBy(100);
        expect(valueOf(parseRupiah(formatInputRupiah(value)))).toBe(value.toString());
      }),
    );
  });
});

describe("zod schemas", () => {
  it("rupiahTextSchema turns text into a Decimal", () => {
    const result = rupiahTextSchema.safeParse("Rp 1.234.567,50");
    expect(result.success && result.data.toString()).toBe("1234567.5");
  });

  it.each(["1,234.56", "-5", "", "1.23.456"])(
    "rupiahTextSchema reports the parser message for %j",
    (text) => {
      const result = rupiahTextSchema.safeParse(text);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([messageOf(parseRupiah(text))]);
    },
  );

  it("rupiahTextSchema refuses a non-string in Indonesian", () => {
    expect(rupiahTextSchema.safeParse(5).error?.issues[0]?.message).toBe("Nilai harus berupa teks");
  });
});

describe("the largest number a column can hold", () => {
  it("accepts 15 digits of rupiah and refuses 16: four quarters still fit the column's 16", () => {
    expect(parseRupiah("Rp 999.999.999.999.999,99")).toMatchObject({ ok: true });
    expect(parseRupiah("1.000.000.000.000.000")).toEqual({
      ok: false,
      message: "Nilai terlalu besar: paling banyak 15 angka sebelum koma (Rp 999.999.999.999.999)",
    });
    // The export writes that year's total; the import reads it back.
    expect(parseRupiah("3.999.999.999.999.999,96", { yearTotal: true })).toMatchObject({ ok: true });
    expect(parseRupiah("3.999.999.999.999.999,96")).toMatchObject({ ok: false });
  });

  it("accepts 16 digits before the comma and refuses 17 for figures", () => {
    expect(parseIndonesianDecimal("9999999999999999,5")).toMatchObject({ ok: true });
    expect(parseIndonesianDecimal("10000000000000000")).toMatchObject({ ok: false });
  });
});
