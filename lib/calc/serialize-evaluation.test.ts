import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { evaluateOpdYear } from "./checks";
import type { IndicatorCheckInput } from "./checks-indicator";
import { serang2022Budget } from "./fixtures/serang-2022-budget";
import { parseEvaluation, serializeEvaluation } from "./serialize-evaluation";
import { defaultCalcSettings } from "./settings";

const indicator: IndicatorCheckInput = {
  id: "iku-1",
  level: "SASARAN",
  code: "1.1",
  ownerName: "Meningkatnya kesejahteraan sosial",
  name: "Persentase PPKS yang tertangani",
  satuan: "%",
  polarity: "POSITIF",
  calculation: "LANGSUNG",
  aggregation: "JUMLAH",
  target: { value: new Decimal("60.0001") },
  realisasi: [{ period: "TAHUNAN", value: new Decimal("61.0000333333333333333333") }],
};

describe("serializeEvaluation / parseEvaluation", () => {
  it("gives back the engine's evaluation of Serang 2022 exactly, every figure a Decimal", () => {
    const evaluation = evaluateOpdYear({
      budget: serang2022Budget,
      indicators: [indicator],
      settings: defaultCalcSettings,
      throughQuarter: 4,
    });
    const stored = { ...evaluation, settings: defaultCalcSettings };
    const back = parseEvaluation<typeof stored>(serializeEvaluation(stored));

    expect(back).toEqual(stored);
    expect(back.rollup.pagu).toBeInstanceOf(Decimal);
    expect(back.rollup.pagu.toString()).toBe("17654457386");
    const realisasi = back.rollup.realisasi;
    expect(realisasi.status === "KNOWN" && realisasi.value.toString()).toBe("17320802867");
    const capaian = back.indicators[0]!.evaluation.capaian;
    expect(
      capaian.status === "OK" &&
        capaian.capaian.equals((evaluation.indicators[0]!.evaluation.capaian as typeof capaian).capaian),
    ).toBe(true);
    expect(back.settings.plausibleCapaian.max).toBeInstanceOf(Decimal);
  });

  it("keeps digits a float would lose, and exponents", () => {
    const values = [
      new Decimal("123456789012345678.99"),
      new Decimal("0.1").plus("0.2"),
      new Decimal("1e-9"),
      new Decimal("-4.5e+30"),
    ];
    const back = parseEvaluation<{ values: Decimal[]; nothing: null }>(
      serializeEvaluation({ values, nothing: null }),
    );
    expect(back.values.map((v) => v.toFixed())).toEqual([
      "123456789012345678.99",
      "0.3",
      "0.000000001",
      "-4500000000000000000000000000000",
    ]);
    expect(back.nothing).toBeNull();
  });
});

describe("dates and bytes (a document kept with a FINAL revision)", () => {
  it("gives back a Date at the millisecond and the very bytes of an image", () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const value = { at: new Date("2023-01-31T02:03:04.005Z"), image: { data: bytes }, text: "$d" };
    const back = parseEvaluation<typeof value>(serializeEvaluation(value));
    expect(back.at).toBeInstanceOf(Date);
    expect(back.at.toISOString()).toBe("2023-01-31T02:03:04.005Z");
    expect(back.image.data).toBeInstanceOf(Uint8Array);
    expect(back.image.data).toEqual(bytes);
    expect(back.text).toBe("$d");
  });
});
