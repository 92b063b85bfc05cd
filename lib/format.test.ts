import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import {
  formatNumber,
  formatPercent,
  formatRupiah,
  formatRupiahCompact,
  formatTarget,
  isPercentSatuan,
  roundPercent,
  withSatuan,
} from "./format";

const d = (s: string) => new Decimal(s);

describe("formatRupiah", () => {
  test.each([
    { input: "17654457386", expected: "Rp 17.654.457.386" },
    { input: "170080714", expected: "Rp 170.080.714" },
    { input: "2557200", expected: "Rp 2.557.200" },
    { input: "999", expected: "Rp 999" },
    { input: "0", expected: "Rp 0" },
    { input: "1000.5", expected: "Rp 1.001" },
    { input: "1000.49", expected: "Rp 1.000" },
    { input: "-87900000", expected: "-Rp 87.900.000" },
    { input: "-0.4", expected: "Rp 0" },
  ])("$input → $expected", ({ input, expected }) => {
    expect(formatRupiah(d(input))).toBe(expected);
  });
});

describe("formatNumber", () => {
  test.each([
    { input: "1234567.5", decimals: 1, expected: "1.234.567,5" },
    { input: "1234567.5", decimals: 2, expected: "1.234.567,50" },
    { input: "13415", decimals: 0, expected: "13.415" },
    { input: "3.05", decimals: 2, expected: "3,05" },
    { input: "0.125", decimals: 2, expected: "0,13" },
    { input: "-1234.5", decimals: 0, expected: "-1.235" },
    { input: "-0.001", decimals: 2, expected: "0,00" },
  ])("$input with $decimals decimals → $expected", ({ input, decimals, expected }) => {
    expect(formatNumber(d(input), decimals)).toBe(expected);
  });
});

describe("formatPercent", () => {
  test.each([
    { input: "96.648805340972035469", expected: "96,65 %" },
    { input: "101.66666666666666667", expected: "101,67 %" },
    { input: "92.773167358229598893", expected: "92,77 %" },
    { input: "70.385", expected: "70,39 %" },
    { input: "75", expected: "75,00 %" },
    { input: "2.15", expected: "2,15 %" },
  ])("$input → $expected", ({ input, expected }) => {
    expect(formatPercent(d(input))).toBe(expected);
  });

  test("roundPercent rounds half-up to two decimals", () => {
    expect(roundPercent(d("90.995")).toString()).toBe("91");
    expect(roundPercent(d("90.9949")).toString()).toBe("90.99");
  });
});

describe("formatRupiahCompact", () => {
  test.each([
    { input: "17654457386", expected: "Rp 17,65 M" },
    { input: "540000000", expected: "Rp 540 jt" },
    { input: "2500000000000", expected: "Rp 2,5 T" },
    { input: "999", expected: "Rp 999" },
    { input: "0", expected: "Rp 0" },
  ])("$input → $expected", ({ input, expected }) => {
    expect(formatRupiahCompact(new Decimal(input))).toBe(expected);
  });
});

describe("formatTarget", () => {
  test.each([
    { target: { value: d("2"), upper: d("5") }, satuan: undefined, expected: "2–5" },
    { target: { value: d("2"), upper: d("5") }, satuan: "%", expected: "2–5 %" },
    { target: { value: d("7.23"), upper: null }, satuan: "persen", expected: "7,23 %" },
    { target: { value: d("91.5"), upper: null }, satuan: "Persentase", expected: "91,5 %" },
    { target: { value: d("14460"), upper: null }, satuan: "PMKS", expected: "14.460 PMKS" },
    { target: { value: d("0.08"), upper: d("1.5") }, satuan: "", expected: "0,08–1,5" },
    { target: null, satuan: "%", expected: "—" },
    { target: null, satuan: undefined, expected: "—" },
  ])("$target.value–$target.upper $satuan → $expected", ({ target, satuan, expected }) => {
    expect(formatTarget(target, satuan)).toBe(expected);
  });
});

describe("the satuan of an indicator", () => {
  test.each([
    { satuan: "%", percent: true },
    { satuan: " Persen ", percent: true },
    { satuan: "persentase", percent: true },
    { satuan: "Prosentase", percent: true },
    { satuan: "Orang", percent: false },
    { satuan: "poin", percent: false },
  ])("$satuan is a percentage: $percent", ({ satuan, percent }) => {
    expect(isPercentSatuan(satuan)).toBe(percent);
    expect(withSatuan("3,05", satuan)).toBe(percent ? "3,05 %" : `3,05 ${satuan.trim()}`);
  });

  test("a missing figure stays a dash, without a unit", () => {
    expect(withSatuan("—", "%")).toBe("—");
  });
});
