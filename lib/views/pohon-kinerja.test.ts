import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { type BudgetNodeInput, rollupBudget } from "@/lib/calc/budget";
import type { IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import { evaluateIndicators } from "@/lib/calc/evaluate-indicator";
import { defaultCalcSettings } from "@/lib/calc/settings";
import { latestQuarterWithData } from "./opd-dashboard";
import { buildPohonKinerja } from "./pohon-kinerja";

const leaf = (id: string, code: string, periods: ("TW1" | "TW2" | "TAHUNAN")[]): BudgetNodeInput => ({
  id,
  level: "SUB_KEGIATAN",
  code,
  name: `Sub ${code}`,
  paguAwal: new Decimal(1000),
  realisasi: periods.map((period) => ({ period, amount: new Decimal(100) })),
  children: [],
});
const budget: BudgetNodeInput = {
  id: "opd",
  level: "OPD",
  code: "",
  name: "Dinas",
  children: [
    {
      id: "p1",
      level: "PROGRAM",
      code: "1.06.04",
      name: "Rehabilitasi",
      children: [
        {
          id: "k1",
          level: "KEGIATAN",
          code: "1.06.04.2.01",
          name: "K",
          children: [leaf("s1", "1.06.04.2.01.0001", ["TW1", "TW2"])],
        },
      ],
    },
    { id: "p2", level: "PROGRAM", code: "1.06.05", name: "Tanpa sasaran", children: [] },
  ],
};
const iku: IndicatorCheckInput = {
  id: "iku",
  level: "SASARAN",
  code: "S1.1",
  ownerName: "Sasaran",
  name: "Persentase PMKS",
  satuan: "%",
  polarity: "POSITIF",
  calculation: "LANGSUNG",
  aggregation: "JUMLAH",
  target: { value: new Decimal(3) },
  realisasi: [{ period: "TAHUNAN", value: new Decimal("3.05") }],
};

describe("buildPohonKinerja", () => {
  it("hangs programs under their sasaran, the rest under 'Tanpa sasaran', with capaian and predicate", () => {
    const tree = buildPohonKinerja({
      renstra: {
        tujuan: [
          { id: "t1", code: "T1", text: "Tujuan", sasaran: [{ id: "sa1", code: "S1.1", text: "Sasaran" }] },
        ],
        programSasaran: new Map([["p1", "sa1"]]),
      },
      rollup: rollupBudget({ root: budget, throughQuarter: 4 }),
      indicators: evaluateIndicators({ indicators: [iku], throughQuarter: 4, settings: defaultCalcSettings }),
      hrefOf: (node) => `/x/${node.id}`,
    });
    const sasaran = tree[0]!.children[0]!;
    expect(sasaran.indicators[0]).toMatchObject({ target: "3 %", realisasi: "3,05 %", iku: true });
    expect(sasaran.indicators[0]!.capaian).toMatchObject({ text: "101,67 %", predikat: "Sangat Tinggi" });
    expect(sasaran.children.map((p) => p.code)).toEqual(["1.06.04"]);
    expect(sasaran.children[0]!.children[0]!.children[0]).toMatchObject({
      level: "Sub kegiatan",
      href: "/x/s1",
    });
    expect(tree[1]!.children.map((p) => p.code)).toEqual(["1.06.05"]);
  });
});

describe("latestQuarterWithData", () => {
  it("is the latest triwulan entered, TW IV for annual totals, TW I for nothing", () => {
    expect(latestQuarterWithData(budget)).toBe(2);
    expect(latestQuarterWithData(leaf("a", "1", ["TAHUNAN"]))).toBe(4);
    expect(latestQuarterWithData(leaf("b", "1", []))).toBe(1);
  });
});
