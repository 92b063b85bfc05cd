import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import {
  describeCapaian,
  type CapaianInput,
  type CapaianResult,
  type IndicatorTarget,
  type Polarity,
} from "./capaian";
import { formatPercent } from "@/lib/format";
import { evaluateIndicator } from "./evaluate-indicator";
import type { Aggregation, IndicatorRealisasiEntry } from "./indicator-realisasi";
import type { Quarter } from "./period";
import { permendagri86Scale } from "./predikat";

const d = (s: string) => new Decimal(s);

/** The capaian of the one evaluation of an indicator. */
const capaianThrough = ({
  indicator,
  throughQuarter,
  cap = null,
}: {
  indicator: CapaianInput;
  throughQuarter: Quarter;
  cap?: Decimal | null;
}): CapaianResult =>
  evaluateIndicator({
    indicator,
    throughQuarter,
    settings: { capaianCap: cap, predikatScale: permendagri86Scale },
  }).capaian;

function direct({
  polarity = "POSITIF",
  aggregation = "JUMLAH",
  target,
  realisasi,
}: {
  polarity?: Polarity;
  aggregation?: Aggregation;
  target: IndicatorTarget;
  realisasi: IndicatorRealisasiEntry[];
}): CapaianInput {
  return { polarity, calculation: "LANGSUNG", aggregation, target, realisasi };
}

const annual = (value: string): IndicatorRealisasiEntry[] => [{ period: "TAHUNAN", value: d(value) }];

/** "OK 101,67 %" or the status, so one column can hold every outcome. */
function summarize(result: CapaianResult): string {
  if (result.status === "OK") return `OK ${formatPercent(result.capaian)}`;
  if (result.status === "REALISASI_TIDAK_DIKETAHUI") return `${result.status} ${result.reason}`;
  return result.status;
}

describe("Serang 2022 indicators (target → realisasi)", () => {
  test.each([
    { name: "IKU PMKS 2022", target: "3", realisasi: "3.05", expected: "OK 101,67 %", printed: "101,7" },
    { name: "IKU PMKS 2021", target: "3", realisasi: "3.85", expected: "OK 128,33 %", printed: "128" },
    {
      name: "Cakupan rehabilitasi sosial",
      target: "7.23",
      realisasi: "7.13",
      expected: "OK 98,62 %",
      printed: "98,61",
    },
    {
      name: "Fakir miskin jaminan sosial",
      target: "0.08",
      realisasi: "0.06",
      expected: "OK 75,00 %",
      printed: "75",
    },
    {
      name: "Korban bencana dibantu",
      target: "100",
      realisasi: "99.82",
      expected: "OK 99,82 %",
      printed: "99,82",
    },
    { name: "Pembinaan TKS", target: "80", realisasi: "74", expected: "OK 92,50 %", printed: "92,5" },
    {
      name: "Dukungan urusan penunjang",
      target: "100",
      realisasi: "88",
      expected: "OK 88,00 %",
      printed: "88",
    },
  ])("$name: $target → $realisasi = $expected (report: $printed)", ({ target, realisasi, expected }) => {
    const result = capaianThrough({
      indicator: direct({ target: { value: d(target) }, realisasi: annual(realisasi) }),
      throughQuarter: 4,
    });
    expect(summarize(result)).toBe(expected);
  });

  test("exact values are kept unrounded", () => {
    const result = capaianThrough({
      indicator: direct({ target: { value: d("0.08") }, realisasi: annual("0.06") }),
      throughQuarter: 4,
    });
    expect(result.status === "OK" && result.capaian.toString()).toBe("75");
    expect(result.status === "OK" && result.formula).toBe("POSITIF");
    expect(result.status === "OK" && result.basis).toBe("TAHUNAN");
  });
});

describe("Metro 2023 IKU % PPKS tertangani (RASIO)", () => {
  const metroIku: CapaianInput = {
    polarity: "POSITIF",
    calculation: "RASIO",
    aggregation: "JUMLAH",
    target: { value: d("91.5") },
    realisasi: [{ period: "TAHUNAN", numerator: d("13415"), denominator: d("14460") }],
  };

  test("13.415 / 14.460 × 100 = 92,77 % (the report prints 92,78: 92,7732 does not round up)", () => {
    const result = capaianThrough({ indicator: metroIku, throughQuarter: 4 });
    if (result.status !== "OK") throw new Error(result.status);
    expect(result.realisasi.toString()).toBe("92.773167358229598893");
    expect(formatPercent(result.realisasi)).toBe("92,77 %");
    expect(result.ratio).toEqual({ numerator: d("13415"), denominator: d("14460") });
    expect(formatPercent(result.capaian)).toBe("101,39 %");
  });
});

describe("polarity", () => {
  test.each<{
    polarity: Polarity;
    target: IndicatorTarget;
    realisasi: string;
    expected: string;
    formula?: string;
  }>([
    {
      polarity: "NEGATIF",
      target: { value: d("10") },
      realisasi: "8",
      expected: "OK 120,00 %",
      formula: "NEGATIF",
    },
    { polarity: "NEGATIF", target: { value: d("10") }, realisasi: "12", expected: "OK 80,00 %" },
    { polarity: "NEGATIF", target: { value: d("10") }, realisasi: "10", expected: "OK 100,00 %" },
    { polarity: "NEGATIF", target: { value: d("10") }, realisasi: "25", expected: "OK -50,00 %" },
    { polarity: "NEGATIF", target: { value: d("0") }, realisasi: "1", expected: "TARGET_NOL" },
    {
      polarity: "RENTANG",
      target: { value: d("40"), upper: d("60") },
      realisasi: "50",
      expected: "OK 100,00 %",
      formula: "RENTANG_DALAM",
    },
    {
      polarity: "RENTANG",
      target: { value: d("40"), upper: d("60") },
      realisasi: "40",
      expected: "OK 100,00 %",
    },
    {
      polarity: "RENTANG",
      target: { value: d("40"), upper: d("60") },
      realisasi: "60",
      expected: "OK 100,00 %",
    },
    {
      polarity: "RENTANG",
      target: { value: d("40"), upper: d("60") },
      realisasi: "30",
      expected: "OK 75,00 %",
      formula: "RENTANG_BAWAH",
    },
    {
      polarity: "RENTANG",
      target: { value: d("40"), upper: d("60") },
      realisasi: "66",
      expected: "OK 90,00 %",
      formula: "RENTANG_ATAS",
    },
    {
      polarity: "RENTANG",
      target: { value: d("0"), upper: d("5") },
      realisasi: "3",
      expected: "OK 100,00 %",
    },
    { polarity: "RENTANG", target: { value: d("0"), upper: d("5") }, realisasi: "7", expected: "OK 60,00 %" },
    { polarity: "RENTANG", target: { value: d("0"), upper: d("0") }, realisasi: "1", expected: "TARGET_NOL" },
    {
      polarity: "RENTANG",
      target: { value: d("60"), upper: d("40") },
      realisasi: "50",
      expected: "TARGET_TIDAK_VALID",
    },
    { polarity: "RENTANG", target: { value: d("40") }, realisasi: "50", expected: "TARGET_TIDAK_VALID" },
    { polarity: "RENTANG", target: {}, realisasi: "50", expected: "TANPA_TARGET" },
    { polarity: "POSITIF", target: { value: d("0") }, realisasi: "5", expected: "TARGET_NOL" },
    { polarity: "POSITIF", target: {}, realisasi: "5", expected: "TANPA_TARGET" },
    {
      polarity: "POSITIF",
      target: { value: null, perubahan: null },
      realisasi: "5",
      expected: "TANPA_TARGET",
    },
  ])(
    "$polarity $realisasi vs $target.value..$target.upper → $expected",
    ({ polarity, target, realisasi, expected, formula }) => {
      const result = capaianThrough({
        indicator: direct({ polarity, target, realisasi: annual(realisasi) }),
        throughQuarter: 4,
      });
      expect(summarize(result)).toBe(expected);
      if (formula) expect(result.status === "OK" && result.formula).toBe(formula);
    },
  );
});

describe("target perubahan", () => {
  test("perubahan replaces the original target", () => {
    const result = capaianThrough({
      indicator: direct({ target: { value: d("3"), perubahan: d("2.5") }, realisasi: annual("3.05") }),
      throughQuarter: 4,
    });
    expect(summarize(result)).toBe("OK 122,00 %");
    expect(result.status === "OK" && result.targetSource).toBe("PERUBAHAN");
    expect(result.status === "OK" && result.target.toString()).toBe("2.5");
  });

  test("RENTANG takes the perubahan pair as a whole", () => {
    const pair = capaianThrough({
      indicator: direct({
        polarity: "RENTANG",
        target: { value: d("40"), upper: d("60"), perubahan: d("50"), upperPerubahan: d("70") },
        realisasi: annual("45"),
      }),
      throughQuarter: 4,
    });
    expect(summarize(pair)).toBe("OK 90,00 %");

    const half = capaianThrough({
      indicator: direct({
        polarity: "RENTANG",
        target: { value: d("40"), upper: d("60"), perubahan: d("50") },
        realisasi: annual("45"),
      }),
      throughQuarter: 4,
    });
    expect(summarize(half)).toBe("TARGET_TIDAK_VALID");
  });
});

describe("missing data and explicit outcomes", () => {
  test.each<{ name: string; input: CapaianInput; q: Quarter; expected: string }>([
    {
      name: "no realisasi at all",
      input: direct({ target: { value: d("10") }, realisasi: [] }),
      q: 4,
      expected: "TANPA_REALISASI",
    },
    {
      name: "realisasi entries without values",
      input: direct({ target: { value: d("10") }, realisasi: [{ period: "TW1", value: null }] }),
      q: 4,
      expected: "TANPA_REALISASI",
    },
    {
      name: "only later quarters filled",
      input: direct({ target: { value: d("10") }, realisasi: [{ period: "TW3", value: d("5") }] }),
      q: 2,
      expected: "TANPA_REALISASI",
    },
    {
      name: "missing target outranks missing realisasi",
      input: direct({ target: {}, realisasi: [] }),
      q: 4,
      expected: "TANPA_TARGET",
    },
    {
      name: "zero denominator",
      input: {
        polarity: "POSITIF",
        calculation: "RASIO",
        aggregation: "JUMLAH",
        target: { value: d("90") },
        realisasi: [
          { period: "TW1", numerator: d("0"), denominator: d("0") },
          { period: "TW2", numerator: d("0"), denominator: d("0") },
        ],
      },
      q: 2,
      expected: "PENYEBUT_NOL",
    },
    {
      name: "TAHUNAN asked before quarter 4",
      input: direct({ target: { value: d("10") }, realisasi: annual("8") }),
      q: 3,
      expected: "REALISASI_TIDAK_DIKETAHUI HANYA_TAHUNAN",
    },
    {
      name: "TAHUNAN and quarters together",
      input: direct({
        target: { value: d("10") },
        realisasi: [
          { period: "TAHUNAN", value: d("8") },
          { period: "TW1", value: d("2") },
        ],
      }),
      q: 4,
      expected: "REALISASI_TIDAK_DIKETAHUI DATA_GANDA",
    },
  ])("$name → $expected", ({ input, q, expected }) => {
    expect(summarize(capaianThrough({ indicator: input, throughQuarter: q }))).toBe(expected);
  });

  test.each<{ result: CapaianResult; expected: string }>([
    { result: { status: "TANPA_TARGET" }, expected: "Target belum ditetapkan" },
    { result: { status: "TARGET_NOL" }, expected: "Target bernilai nol, capaian tidak dapat dihitung" },
    { result: { status: "PENYEBUT_NOL" }, expected: "Penyebut bernilai nol, rasio tidak dapat dihitung" },
    { result: { status: "TANPA_REALISASI" }, expected: "Realisasi belum diisi" },
    {
      result: { status: "REALISASI_TIDAK_DIKETAHUI", reason: "HANYA_TAHUNAN" },
      expected: "Tidak diketahui: realisasi hanya tercatat sebagai total tahunan",
    },
  ])("describeCapaian($result.status) = $expected", ({ result, expected }) => {
    expect(describeCapaian(result)).toBe(expected);
  });
});

describe("cap", () => {
  const iku2021 = direct({ target: { value: d("3") }, realisasi: annual("3.85") });

  test("capaian above the cap is reported as the cap, uncapped value kept", () => {
    const result = capaianThrough({ indicator: iku2021, throughQuarter: 4, cap: d("120") });
    if (result.status !== "OK") throw new Error(result.status);
    expect(result.capped).toBe(true);
    expect(result.capaian.toString()).toBe("120");
    expect(formatPercent(result.uncappedCapaian)).toBe("128,33 %");
    expect(describeCapaian(result)).toBe("120,00 %");
  });

  test.each([
    { name: "below the cap", cap: d("150") },
    { name: "no cap", cap: null },
  ])("$name: not capped", ({ cap }) => {
    const result = capaianThrough({ indicator: iku2021, throughQuarter: 4, cap });
    if (result.status !== "OK") throw new Error(result.status);
    expect(result.capped).toBe(false);
    expect(result.capaian.equals(result.uncappedCapaian)).toBe(true);
    expect(formatPercent(result.capaian)).toBe("128,33 %");
  });
});

describe("aggregation of quarterly realisasi", () => {
  // TW3 left empty on purpose.
  const values: IndicatorRealisasiEntry[] = [
    { period: "TW1", value: d("10") },
    { period: "TW2", value: d("20") },
    { period: "TW4", value: d("40") },
  ];
  const ratios: IndicatorRealisasiEntry[] = [
    { period: "TW1", numerator: d("5"), denominator: d("10") },
    { period: "TW2", numerator: d("9"), denominator: d("10") },
    { period: "TW3", numerator: d("1") }, // incomplete: counts as absent
  ];

  test.each<{ aggregation: Aggregation; q: Quarter; realisasi: string }>([
    { aggregation: "JUMLAH", q: 4, realisasi: "70" },
    { aggregation: "JUMLAH", q: 2, realisasi: "30" },
    { aggregation: "JUMLAH", q: 1, realisasi: "10" },
    { aggregation: "TERAKHIR", q: 4, realisasi: "40" },
    { aggregation: "TERAKHIR", q: 3, realisasi: "20" },
    { aggregation: "RATA_RATA", q: 4, realisasi: "23.333333333333333333" },
    { aggregation: "RATA_RATA", q: 3, realisasi: "15" },
  ])("LANGSUNG $aggregation through TW$q = $realisasi", ({ aggregation, q, realisasi }) => {
    const result = capaianThrough({
      indicator: direct({ aggregation, target: { value: d("100") }, realisasi: values }),
      throughQuarter: q,
    });
    expect(result.status === "OK" && result.realisasi.toString()).toBe(realisasi);
    expect(result.status === "OK" && result.basis).toBe("TRIWULAN");
  });

  test.each<{
    aggregation: Aggregation;
    q: Quarter;
    realisasi: string;
    numerator: string;
    denominator: string;
  }>([
    { aggregation: "JUMLAH", q: 3, realisasi: "70", numerator: "14", denominator: "20" },
    { aggregation: "TERAKHIR", q: 3, realisasi: "90", numerator: "9", denominator: "10" },
    { aggregation: "RATA_RATA", q: 3, realisasi: "70", numerator: "7", denominator: "10" },
    { aggregation: "TERAKHIR", q: 1, realisasi: "50", numerator: "5", denominator: "10" },
  ])("RASIO $aggregation through TW$q = $realisasi ($numerator/$denominator)", (row) => {
    const result = capaianThrough({
      indicator: {
        polarity: "POSITIF",
        calculation: "RASIO",
        aggregation: row.aggregation,
        target: { value: d("80") },
        realisasi: ratios,
      },
      throughQuarter: row.q,
    });
    if (result.status !== "OK") throw new Error(result.status);
    expect(result.realisasi.toString()).toBe(row.realisasi);
    expect(result.ratio?.numerator.toString()).toBe(row.numerator);
    expect(result.ratio?.denominator.toString()).toBe(row.denominator);
  });

  test.each<Aggregation>(["JUMLAH", "TERAKHIR", "RATA_RATA"])(
    "a TAHUNAN entry is the year's figure whatever the rule (%s)",
    (aggregation) => {
      const result = capaianThrough({
        indicator: direct({ aggregation, target: { value: d("100") }, realisasi: annual("50") }),
        throughQuarter: 4,
      });
      expect(result.status === "OK" && result.realisasi.toString()).toBe("50");
      expect(result.status === "OK" && result.basis).toBe("TAHUNAN");
    },
  );
});
