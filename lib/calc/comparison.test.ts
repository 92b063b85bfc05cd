import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { compareIndicatorYears, type Change, type ComparisonCapaian, type IndicatorYear } from "./comparison";
import { formatNumber, formatPercent } from "@/lib/format";

const d = (s: string) => new Decimal(s);

function year(
  y: number,
  target: string | null,
  targetRenstra: string | null,
  realisasi: string | null,
): IndicatorYear {
  return {
    year: y,
    target: target === null ? null : d(target),
    targetRenstra: targetRenstra === null ? null : d(targetRenstra),
    realisasi: realisasi === null ? null : d(realisasi),
  };
}

const show = (c: ComparisonCapaian) => (c.status === "OK" ? formatPercent(c.capaian) : c.status);
const showChange = (c: Change) =>
  c.status === "OK"
    ? `${formatNumber(c.difference, 2)} vs ${c.comparedYear} (${c.percentChange.status === "OK" ? formatPercent(c.percentChange.value) : c.percentChange.status}) ${c.trend}`
    : c.status;

// Serang Tabel 3.2: IKU "Prosentase PMKS yang Mendapatkan Program Pelayanan Sosial", Renstra 2021–2026.
const serangIku: IndicatorYear[] = [
  year(2021, "3", "3", "3.85"),
  year(2022, "3", "3", "3.05"),
  year(2023, "3", "3", null),
  year(2024, "3", "3", null),
  year(2025, "3", "3", null),
  year(2026, "3", "3", null),
];

describe("Serang IKU PMKS, 2022", () => {
  const result = compareIndicatorYears({ polarity: "POSITIF", years: serangIku, year: 2022 });

  test.each([
    { name: "realisasi vs target", value: () => show(result.vsTarget), expected: "101,67 %" },
    { name: "vs Renstra target of the year", value: () => show(result.vsRenstra), expected: "101,67 %" },
    {
      name: "progress to the 2026 target",
      value: () => show(result.progressToFinal.capaian),
      expected: "101,67 %",
    },
    { name: "final year", value: () => String(result.progressToFinal.finalYear), expected: "2026" },
    {
      name: "vs 2021",
      value: () => showChange(result.vsPreviousYear),
      expected: "-0,80 vs 2021 (-20,78 %) MEMBURUK",
    },
  ])("$name: $expected", ({ value, expected }) => {
    expect(value()).toBe(expected);
  });

  test("history lists the years so far with their capaian", () => {
    expect(result.history.map((r) => `${r.year} ${show(r.capaian)} ${showChange(r.change)}`)).toEqual([
      "2021 128,33 % TANPA_PEMBANDING",
      "2022 101,67 % -0,80 vs 2021 (-20,78 %) MEMBURUK",
    ]);
  });
});

describe("negative polarity (lower is better)", () => {
  const poverty: IndicatorYear[] = [
    year(2021, "10", "10", "9.5"),
    year(2022, "9", "9.5", "8.8"),
    year(2026, "7", "7", null),
  ];
  const result = compareIndicatorYears({ polarity: "NEGATIF", years: poverty, year: 2022 });

  test.each([
    { name: "vs target: (2×9 − 8,8)/9", value: () => show(result.vsTarget), expected: "102,22 %" },
    { name: "vs Renstra: (2×9,5 − 8,8)/9,5", value: () => show(result.vsRenstra), expected: "107,37 %" },
    {
      name: "progress: (2×7 − 8,8)/7",
      value: () => show(result.progressToFinal.capaian),
      expected: "74,29 %",
    },
    {
      name: "a fall is an improvement",
      value: () => showChange(result.vsPreviousYear),
      expected: "-0,70 vs 2021 (-7,37 %) MEMBAIK",
    },
  ])("$name = $expected", ({ value, expected }) => {
    expect(value()).toBe(expected);
  });
});

describe("edge cases", () => {
  test("cumulative progress for a count indicator: (80 + 120) / 500", () => {
    const result = compareIndicatorYears({
      polarity: "POSITIF",
      years: [
        year(2021, "100", "100", "80"),
        year(2022, "100", "100", "120"),
        year(2025, "100", "500", null),
      ],
      year: 2022,
      progressBasis: "AKUMULASI",
    });
    expect(show(result.progressToFinal.capaian)).toBe("40,00 %");
    expect(result.progressToFinal.basis).toBe("AKUMULASI");
  });

  test("cumulative progress with a year missing is TANPA_REALISASI, not a partial sum", () => {
    const result = compareIndicatorYears({
      polarity: "POSITIF",
      years: [
        year(2021, "100", "100", null),
        year(2022, "100", "100", "120"),
        year(2025, "100", "500", null),
      ],
      year: 2022,
      progressBasis: "AKUMULASI",
    });
    expect(show(result.progressToFinal.capaian)).toBe("TANPA_REALISASI");
  });

  test.each([
    {
      name: "no earlier year",
      years: [year(2022, "3", "3", "3.05")],
      check: (r: ReturnType<typeof compareIndicatorYears>) => showChange(r.vsPreviousYear),
      expected: "TANPA_PEMBANDING",
    },
    {
      name: "earlier year without realisasi is skipped",
      years: [year(2020, "3", "3", "2"), year(2021, "3", "3", null), year(2022, "3", "3", "3")],
      check: (r: ReturnType<typeof compareIndicatorYears>) => showChange(r.vsPreviousYear),
      expected: "1,00 vs 2020 (50,00 %) MEMBAIK",
    },
    {
      name: "previous realisasi zero",
      years: [year(2021, "3", "3", "0"), year(2022, "3", "3", "3")],
      check: (r: ReturnType<typeof compareIndicatorYears>) => showChange(r.vsPreviousYear),
      expected: "3,00 vs 2021 (PEMBANDING_NOL) MEMBAIK",
    },
    {
      name: "no Renstra target",
      years: [year(2022, "3", null, "3")],
      check: (r: ReturnType<typeof compareIndicatorYears>) => show(r.vsRenstra),
      expected: "TANPA_TARGET",
    },
    {
      name: "no realisasi this year",
      years: [year(2022, "3", "3", null)],
      check: (r: ReturnType<typeof compareIndicatorYears>) => show(r.vsTarget),
      expected: "TANPA_REALISASI",
    },
    {
      name: "target zero",
      years: [year(2022, "0", "3", "1")],
      check: (r: ReturnType<typeof compareIndicatorYears>) => show(r.vsTarget),
      expected: "TARGET_NOL",
    },
  ])("$name → $expected", ({ years, check, expected }) => {
    expect(check(compareIndicatorYears({ polarity: "POSITIF", years, year: 2022 }))).toBe(expected);
  });

  test("the cap applies to the scores but not to progress toward the final target", () => {
    const result = compareIndicatorYears({
      polarity: "POSITIF",
      years: serangIku,
      year: 2021,
      cap: d("120"),
    });
    expect(show(result.vsTarget)).toBe("120,00 %");
    expect(result.vsTarget.status === "OK" && result.vsTarget.capped).toBe(true);
    expect(show(result.progressToFinal.capaian)).toBe("128,33 %");
  });

  test("RENTANG: the trend follows the capaian", () => {
    const years: IndicatorYear[] = [
      { year: 2021, target: d("40"), targetUpper: d("60"), realisasi: d("70") },
      { year: 2022, target: d("40"), targetUpper: d("60"), realisasi: d("65") },
    ];
    const result = compareIndicatorYears({ polarity: "RENTANG", years, year: 2022 });
    expect(showChange(result.vsPreviousYear)).toBe("-5,00 vs 2021 (-7,14 %) MEMBAIK");
  });
});
