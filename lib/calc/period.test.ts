import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import {
  selectThroughQuarter,
  splitRealisasiByQuarter,
  sumAmounts,
  knownAmount,
  unknownAmount,
  type Amount,
  type Period,
  type Quarter,
} from "./period";

const d = (s: string) => new Decimal(s);
const show = (a: Amount) => (a.status === "KNOWN" ? a.value.toString() : `? ${a.reason}`);

describe("selectThroughQuarter", () => {
  test.each<{ name: string; periods: Period[]; q: Quarter; expected: string }>([
    { name: "quarters up to q", periods: ["TW1", "TW2", "TW3"], q: 2, expected: "QUARTERLY 1,2 missing -" },
    { name: "missing quarter listed", periods: ["TW1", "TW3"], q: 4, expected: "QUARTERLY 1,3 missing 2,4" },
    { name: "nothing entered", periods: [], q: 2, expected: "QUARTERLY  missing 1,2" },
    { name: "annual through TW4", periods: ["TAHUNAN"], q: 4, expected: "ANNUAL" },
    { name: "annual before TW4 is unknown", periods: ["TAHUNAN"], q: 3, expected: "ANNUAL_ONLY" },
    {
      name: "annual and quarters conflict",
      periods: ["TAHUNAN", "TW4"],
      q: 2,
      expected: "CONFLICT TRIWULAN_DAN_TAHUNAN",
    },
    { name: "same quarter twice", periods: ["TW1", "TW1"], q: 1, expected: "CONFLICT PERIODE_GANDA" },
  ])("$name", ({ periods, q, expected }) => {
    const s = selectThroughQuarter({
      entries: periods.map((period) => ({ period, value: d("1") })),
      throughQuarter: q,
    });
    const text =
      s.status === "QUARTERLY"
        ? `QUARTERLY ${s.values.map((v) => v.quarter).join(",")} missing ${s.missingQuarters.join(",") || "-"}`
        : s.status === "CONFLICT"
          ? `CONFLICT ${s.reason}`
          : s.status;
    expect(text).toBe(expected);
  });

  test("entries without a value count as absent", () => {
    const s = selectThroughQuarter({
      entries: [
        { period: "TW1", value: d("5") },
        { period: "TW2", value: null },
        { period: "TAHUNAN", value: undefined },
      ],
      throughQuarter: 2,
    });
    expect(s).toEqual({ status: "QUARTERLY", values: [{ quarter: 1, value: d("5") }], missingQuarters: [2] });
  });
});

describe("splitRealisasiByQuarter", () => {
  test("quarterly amounts accumulate; a missing quarter counts 0", () => {
    const rows = splitRealisasiByQuarter({
      entries: [
        { period: "TW1", amount: d("100") },
        { period: "TW3", amount: d("250") },
        { period: "TW4", amount: d("999") },
      ],
      throughQuarter: 3,
    });
    expect(rows.map((r) => `${r.quarter}:${show(r.inQuarter)}/${show(r.cumulative)}`)).toEqual([
      "1:100/100",
      "2:0/100",
      "3:250/350",
    ]);
  });

  test("TAHUNAN counts only through quarter 4", () => {
    const rows = splitRealisasiByQuarter({
      entries: [{ period: "TAHUNAN", amount: d("1200") }],
      throughQuarter: 4,
    });
    expect(rows.map((r) => `${show(r.inQuarter)}/${show(r.cumulative)}`)).toEqual([
      "? HANYA_TAHUNAN/? HANYA_TAHUNAN",
      "? HANYA_TAHUNAN/? HANYA_TAHUNAN",
      "? HANYA_TAHUNAN/? HANYA_TAHUNAN",
      "? HANYA_TAHUNAN/1200",
    ]);
  });

  test("conflicting entries make every quarter unknown", () => {
    const rows = splitRealisasiByQuarter({
      entries: [
        { period: "TAHUNAN", amount: d("1200") },
        { period: "TW1", amount: d("100") },
      ],
      throughQuarter: 4,
    });
    expect(rows.every((r) => show(r.cumulative) === "? DATA_GANDA")).toBe(true);
  });
});

describe("sumAmounts", () => {
  test.each([
    { parts: [knownAmount(d("1")), knownAmount(d("2.5"))], expected: "3.5" },
    { parts: [knownAmount(d("1")), unknownAmount("HANYA_TAHUNAN")], expected: "? HANYA_TAHUNAN" },
    {
      parts: [unknownAmount("HANYA_TAHUNAN"), unknownAmount("DATA_GANDA"), unknownAmount("HANYA_TAHUNAN")],
      expected: "? DATA_GANDA",
    },
    { parts: [], expected: "0" },
  ])("→ $expected", ({ parts, expected }) => {
    expect(show(sumAmounts(parts))).toBe(expected);
  });
});
