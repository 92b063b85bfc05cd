import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { formatPercent, formatTarget, withSatuan } from "@/lib/format";
import { describeCapaian, type CapaianInput } from "./capaian";
import { evaluateOpdYear } from "./checks";
import type { IndicatorCheckInput } from "./checks-indicator";
import { describeRealisasi, evaluateIndicator, type IndicatorEvaluation } from "./evaluate-indicator";
import { serang2022Budget } from "./fixtures/serang-2022-budget";
import type { Quarter } from "./period";
import { keberhasilanScale } from "./predikat";
import { defaultCalcSettings } from "./settings";

const d = (s: string) => new Decimal(s);

const indicator = (over: Partial<CapaianInput>): CapaianInput => ({
  polarity: "POSITIF",
  calculation: "LANGSUNG",
  aggregation: "JUMLAH",
  target: {},
  realisasi: [],
  ...over,
});

const evaluate = (input: CapaianInput, throughQuarter: Quarter = 4, settings = defaultCalcSettings) =>
  evaluateIndicator({ indicator: input, throughQuarter, settings });

/** What every surface prints: target, realisasi, capaian, predikat. */
const printed = (evaluation: IndicatorEvaluation, satuan: string) => [
  formatTarget(evaluation.target, satuan),
  withSatuan(describeRealisasi(evaluation.realisasi), satuan),
  describeCapaian(evaluation.capaian),
  evaluation.predikat?.label ?? null,
];

describe("evaluateIndicator", () => {
  test("RENTANG 2–5 with realisasi 4: inside the range, 100 %, and the target prints 2–5", () => {
    const evaluation = evaluate(
      indicator({
        polarity: "RENTANG",
        target: { value: d("2"), upper: d("5") },
        realisasi: [{ period: "TAHUNAN", value: d("4") }],
      }),
    );
    expect(evaluation.target).toEqual({ value: d("2"), upper: d("5"), source: "AWAL" });
    expect(evaluation.capaian).toMatchObject({ status: "OK", formula: "RENTANG_DALAM" });
    expect(printed(evaluation, "Orang")).toEqual(["2–5 Orang", "4 Orang", "100,00 %", "Sangat Tinggi"]);
    expect(evaluation.predikat).toEqual({ label: "Sangat Tinggi", band: 0 });
  });

  test("RENTANG perubahan replaces the pair: 3–6, realisasi 7 above it gives (12 − 7) / 6 = 83,33 %", () => {
    const evaluation = evaluate(
      indicator({
        polarity: "RENTANG",
        target: { value: d("2"), upper: d("5"), perubahan: d("3"), upperPerubahan: d("6") },
        realisasi: [{ period: "TAHUNAN", value: d("7") }],
      }),
    );
    expect(evaluation.target?.source).toBe("PERUBAHAN");
    expect(printed(evaluation, "%")).toEqual(["3–6 %", "7 %", "83,33 %", "Tinggi"]);
  });

  test("a RENTANG without its upper bound has no target in force: nothing is printed as if it were one", () => {
    const evaluation = evaluate(
      indicator({
        polarity: "RENTANG",
        target: { value: d("2") },
        realisasi: [{ period: "TAHUNAN", value: d("4") }],
      }),
    );
    expect(evaluation.target).toBeNull();
    expect(printed(evaluation, "Orang")).toEqual([
      "—",
      "4 Orang",
      "Rentang target tidak lengkap atau batas atas lebih kecil dari batas bawah",
      null,
    ]);
  });

  test.each<{ q: Quarter; expected: string[] }>([
    // JUMLAH through TW1: 3 against 10 → (20 − 3) / 10 = 170 %, capped at 120 by the settings.
    { q: 1, expected: ["10 kasus", "3 kasus", "120,00 %", "Sangat Tinggi"] },
    // Through TW2: 3 + 5 = 8 → (20 − 8) / 10 = 120 %.
    { q: 2, expected: ["10 kasus", "8 kasus", "120,00 %", "Sangat Tinggi"] },
    // Through TW4 (TW3 empty): 3 + 5 + 6 = 14 → (20 − 14) / 10 = 60 %.
    { q: 4, expected: ["10 kasus", "14 kasus", "60,00 %", "Rendah"] },
  ])("a NEGATIF indicator through TW$q", ({ q, expected }) => {
    const evaluation = evaluate(
      indicator({
        polarity: "NEGATIF",
        target: { value: d("10") },
        realisasi: [
          { period: "TW1", value: d("3") },
          { period: "TW2", value: d("5") },
          { period: "TW4", value: d("6") },
        ],
      }),
      q,
      { ...defaultCalcSettings, capaianCap: d("120") },
    );
    expect(printed(evaluation, "kasus")).toEqual(expected);
    expect(evaluation.throughQuarter).toBe(q);
  });

  test("the capped capaian keeps its uncapped value", () => {
    const evaluation = evaluate(
      indicator({
        polarity: "NEGATIF",
        target: { value: d("10") },
        realisasi: [{ period: "TW1", value: d("3") }],
      }),
      1,
      { ...defaultCalcSettings, capaianCap: d("120") },
    );
    expect(evaluation.capaian).toMatchObject({ status: "OK", capped: true });
    expect(evaluation.capaian.status === "OK" && formatPercent(evaluation.capaian.uncappedCapaian)).toBe(
      "170,00 %",
    );
  });

  test("a RASIO: 13.415 / 14.460 = 92,77 % against 91,5 gives 101,39 %", () => {
    const evaluation = evaluate(
      indicator({
        calculation: "RASIO",
        target: { value: d("91.5") },
        realisasi: [{ period: "TAHUNAN", numerator: d("13415"), denominator: d("14460") }],
      }),
    );
    expect(evaluation.realisasi).toMatchObject({
      status: "OK",
      ratio: { numerator: d("13415"), denominator: d("14460") },
    });
    expect(printed(evaluation, "persen")).toEqual(["91,5 %", "92,77 %", "101,39 %", "Sangat Tinggi"]);
  });

  test("a RASIO per quarter combines numerators and denominators per its aggregation", () => {
    const entries = [
      { period: "TW1" as const, numerator: d("5"), denominator: d("10") },
      { period: "TW2" as const, numerator: d("9"), denominator: d("10") },
    ];
    const realisasi = (aggregation: CapaianInput["aggregation"], q: Quarter) =>
      describeRealisasi(
        evaluate(indicator({ calculation: "RASIO", aggregation, realisasi: entries }), q).realisasi,
      );
    expect(realisasi("JUMLAH", 2)).toBe("70,00");
    expect(realisasi("TERAKHIR", 2)).toBe("90,00");
    expect(realisasi("RATA_RATA", 2)).toBe("70,00");
    expect(realisasi("JUMLAH", 1)).toBe("50,00");
  });

  test("without a target the realisasi is still evaluated; there is no capaian nor predikat", () => {
    const evaluation = evaluate(indicator({ realisasi: [{ period: "TAHUNAN", value: d("300") }] }));
    expect(printed(evaluation, "PMKS")).toEqual(["—", "300 PMKS", "Target belum ditetapkan", null]);
  });

  test("the predikat follows the Pemda's scale", () => {
    const evaluation = evaluate(
      indicator({ target: { value: d("100") }, realisasi: [{ period: "TAHUNAN", value: d("80") }] }),
      4,
      { ...defaultCalcSettings, predikatScale: keberhasilanScale },
    );
    expect(evaluation.predikat).toEqual({ label: "Berhasil", band: 1 });
  });
});

describe("the engine evaluates each indicator once, with evaluateIndicator", () => {
  const rentang: IndicatorCheckInput = {
    id: "rentang",
    level: "PROGRAM",
    code: "1.06.04",
    ownerName: "Program Rehabilitasi Sosial",
    name: "Rata-rata lama rehabilitasi",
    satuan: "hari",
    polarity: "RENTANG",
    calculation: "LANGSUNG",
    aggregation: "RATA_RATA",
    target: { value: d("2"), upper: d("5") },
    realisasi: [
      { period: "TW1", value: d("3") },
      { period: "TW2", value: d("5") },
    ],
  };

  test.each<Quarter>([1, 2, 4])("through TW%s", (q) => {
    const { indicators } = evaluateOpdYear({
      budget: serang2022Budget,
      indicators: [rentang],
      settings: defaultCalcSettings,
      throughQuarter: q,
    });
    expect(indicators[0]!.evaluation).toEqual(evaluate(rentang, q));
    expect(printed(indicators[0]!.evaluation, "hari")).toEqual([
      "2–5 hari",
      q === 1 ? "3 hari" : "4 hari",
      "100,00 %",
      "Sangat Tinggi",
    ]);
  });
});
