import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { rollupBudget, type BudgetNodeInput } from "@/lib/calc/budget";
import type { IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import { assemblePerjanjianKinerja } from "./assemble-perjanjian-kinerja";

const d = (v: string) => new Decimal(v);

const leaf = (id: string, code: string, pagu: string): BudgetNodeInput => ({
  id,
  level: "SUB_KEGIATAN",
  code,
  name: `Sub ${code}`,
  paguAwal: d(pagu),
  children: [],
});

const budget: BudgetNodeInput = {
  id: "opd",
  level: "OPD",
  code: "",
  name: "Dinas Sosial",
  children: [
    {
      id: "p1",
      level: "PROGRAM",
      code: "1.06.04",
      name: "Program Rehabilitasi Sosial",
      children: [
        {
          id: "k1",
          level: "KEGIATAN",
          code: "1.06.04.2.01",
          name: "Kegiatan",
          children: [
            leaf("s1", "1.06.04.2.01.0001", "82380000"),
            leaf("s2", "1.06.04.2.01.0002", "1500000.50"),
          ],
        },
      ],
    },
  ],
};

const indicator = (over: Partial<IndicatorCheckInput>): IndicatorCheckInput => ({
  id: "i",
  level: "SASARAN",
  code: "S1",
  ownerName: "Meningkatnya pelayanan sosial",
  name: "Prosentase PMKS yang Mendapatkan Program Pelayanan Sosial",
  satuan: "%",
  polarity: "POSITIF",
  calculation: "LANGSUNG",
  aggregation: "TERAKHIR",
  target: { value: d("3") },
  realisasi: [],
  ...over,
});

describe("assemblePerjanjianKinerja", () => {
  const record = {
    id: "pk",
    version: 1,
    signerName: "Drs. SUBUR PRIANTO, M.Si",
    signerNip: "19721023 199203 1 002",
    signerTitle: "Kepala Dinas Sosial Kabupaten Serang",
    counterpartName: null,
    counterpartTitle: "Bupati Serang",
    signedAt: null,
  };
  const document = assemblePerjanjianKinerja({
    year: 2022,
    opdName: "Dinas Sosial Kabupaten Serang",
    pemdaName: "Kabupaten Serang",
    record,
    indicators: [
      indicator({ id: "iku" }),
      indicator({
        id: "prog",
        level: "PROGRAM",
        code: "1.06.04",
        name: "Persentase PPKS yang tertangani",
        target: { value: d("80"), perubahan: d("85") },
      }),
      indicator({ id: "sub", level: "SUB_KEGIATAN", code: "1.06.04.2.01.0001" }),
    ],
    rollup: rollupBudget({ root: budget, throughQuarter: 4 }),
    perubahanReasons: new Map([["prog", "Tambahan anggaran perubahan"]]),
  });

  it("lists the sasaran with their IKU and this year's target", () => {
    expect(document.sasaran).toEqual([
      {
        code: "S1",
        text: "Meningkatnya pelayanan sosial",
        indicators: [
          expect.objectContaining({ id: "iku", target: { value: d("3"), upper: null }, perubahan: null }),
        ],
      },
    ]);
  });

  it("gives each program its pagu from the leaves, its counts and its indicators with any target perubahan", () => {
    expect(document.programs).toHaveLength(1);
    const [program] = document.programs;
    expect(program!.pagu.toString()).toBe("83880000.5");
    expect([program!.kegiatan, program!.subKegiatan]).toEqual([1, 2]);
    expect(
      program!.indicators.map((i) => [i.id, i.perubahan?.value?.toString(), i.perubahan?.reason]),
    ).toEqual([["prog", "85", "Tambahan anggaran perubahan"]]);
    expect(document.totalPagu.toString()).toBe("83880000.5");
  });

  it("keeps the signatories as recorded", () => {
    expect(document.record).toBe(record);
  });
});
