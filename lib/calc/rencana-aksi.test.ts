import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { type BudgetNodeInput, rollupBudget } from "./budget";
import type { IndicatorCheckInput } from "./checks-indicator";
import { evaluateOpdYear } from "./checks";
import { evaluateIndicators } from "./evaluate-indicator";
import type { Period, Quarter } from "./period";
import { checkRencanaAksi, excessOverPagu, planLine, type RencanaAksi } from "./rencana-aksi";
import { defaultCalcSettings } from "./settings";

const d = (s: string) => new Decimal(s);

const sub = (id: string, pagu: string, realisasi: [Period, string][]): BudgetNodeInput => ({
  id,
  level: "SUB_KEGIATAN",
  code: `1.06.04.2.01.000${id}`,
  name: `Sub kegiatan ${id}`,
  paguAwal: d(pagu),
  realisasi: realisasi.map(([period, amount]) => ({ period, amount: d(amount) })),
  children: [],
});

const opd = (children: BudgetNodeInput[]): BudgetNodeInput => ({
  id: "opd",
  level: "OPD",
  code: "",
  name: "Dinas Sosial",
  children: [
    {
      id: "p",
      level: "PROGRAM",
      code: "1.06.04",
      name: "Program Rehabilitasi Sosial",
      children: [{ id: "k", level: "KEGIATAN", code: "1.06.04.2.01", name: "Kegiatan", children }],
    },
  ],
});

const plan = (
  anggaran: [string, Quarter, string][],
  indikator: [string, Quarter, string][] = [],
): RencanaAksi => ({
  anggaran: anggaran.map(([subKegiatanId, quarter, amount]) => ({
    subKegiatanId,
    quarter,
    amount: d(amount),
  })),
  indikator: indikator.map(([indikatorId, quarter, target]) => ({ indikatorId, quarter, target: d(target) })),
});

describe("planLine", () => {
  test("cumulates the planned disbursement of every sub kegiatan per triwulan", () => {
    const line = planLine({
      pagu: d("400000000"),
      rencanaAksi: plan([
        ["1", 1, "50000000"],
        ["1", 2, "100000000"],
        ["2", 2, "30000000"],
        ["1", 4, "120000000"],
      ]),
    });
    expect(line.source).toBe("RENCANA_AKSI");
    expect(line.cumulative.map(String)).toEqual(["50000000", "180000000", "180000000", "300000000"]);
  });

  test("falls back to the straight line pagu × TW / 4 without a rencana aksi", () => {
    const line = planLine({ pagu: d("17654457386"), rencanaAksi: plan([]) });
    expect(line.source).toBe("GARIS_LURUS");
    expect(line.cumulative.map(String)).toEqual([
      "4413614346.5",
      "8827228693",
      "13240843039.5",
      "17654457386",
    ]);
  });
});

describe("excessOverPagu", () => {
  test("the four quarters may reach the pagu, not exceed it", () => {
    expect(excessOverPagu({ pagu: d("100000000"), amounts: [d("40000000"), d("60000000")] })).toBeNull();
    expect(
      excessOverPagu({ pagu: d("100000000"), amounts: [d("40000000"), d("60000000"), d("1")] })?.message,
    ).toBe(
      "rencana penarikan dana TW I–IV berjumlah Rp 100.000.001, melebihi pagu Rp 100.000.000 sebesar Rp 1",
    );
  });
});

describe("checkRencanaAksi", () => {
  const settings = defaultCalcSettings;
  const findingsOf = (
    budget: BudgetNodeInput,
    rencanaAksi: RencanaAksi,
    indicators: IndicatorCheckInput[] = [],
  ) =>
    checkRencanaAksi({
      budget,
      rollup: rollupBudget({ root: budget, throughQuarter: 4 }),
      indicators: evaluateIndicators({ indicators, throughQuarter: 4, settings }),
      rencanaAksi,
      throughQuarter: 4,
      settings,
    });

  test("warns for a quarter whose cumulative realisasi is more than 10 points below the plan", () => {
    // Plan TW I 100 jt, TW II 100 jt; realisasi 95 jt (95 %: within the band) then 70 jt more (165 of 200 = 82,5 %).
    const budget = opd([
      sub("1", "400000000", [
        ["TW1", "95000000"],
        ["TW2", "70000000"],
      ]),
    ]);
    const findings = findingsOf(
      budget,
      plan([
        ["1", 1, "100000000"],
        ["1", 2, "100000000"],
      ]),
    );
    expect(findings.map((f) => [f.code, f.severity, f.location.code, f.message])).toEqual([
      [
        "REALISASI_DI_BAWAH_RENCANA",
        "WARNING",
        "1.06.04.2.01.0001",
        "Realisasi anggaran s.d. TW II Rp 165.000.000 baru 82,50 % dari rencana penarikan dana Rp 200.000.000 (batas 10 poin persen di bawah rencana).",
      ],
    ]);
  });

  test("exactly 10 points below is within the band; quarters not entered are not compared", () => {
    const budget = opd([sub("1", "400000000", [["TW1", "90000000"]])]);
    expect(
      findingsOf(
        budget,
        plan([
          ["1", 1, "100000000"],
          ["1", 2, "100000000"],
        ]),
      ),
    ).toEqual([]);
  });

  test("the band is the Pemda's setting", () => {
    const budget = opd([sub("1", "400000000", [["TW1", "90000000"]])]);
    const tight = { ...settings, rencanaAksiBand: d("5") };
    const findings = checkRencanaAksi({
      budget,
      rollup: rollupBudget({ root: budget, throughQuarter: 4 }),
      indicators: [],
      rencanaAksi: plan([["1", 1, "100000000"]]),
      throughQuarter: 4,
      settings: tight,
    });
    expect(findings).toHaveLength(1);
  });

  test("an indicator's plan is aggregated like its realisasi (JUMLAH sums, TERAKHIR takes the latest)", () => {
    const indicator = (
      id: string,
      aggregation: IndicatorCheckInput["aggregation"],
      values: [Period, string][],
    ) => ({
      id,
      level: "PROGRAM" as const,
      code: "1.06.04",
      ownerName: "Program Rehabilitasi Sosial",
      name: `Indikator ${id}`,
      satuan: id === "orang" ? "Orang" : "%",
      polarity: "POSITIF" as const,
      calculation: "LANGSUNG" as const,
      aggregation,
      target: { value: d("100") },
      realisasi: values.map(([period, value]) => ({ period, value: d(value) })),
    });
    const budget = opd([sub("1", "1", [])]);
    const findings = findingsOf(
      budget,
      plan(
        [],
        [
          ["orang", 1, "20"],
          ["orang", 2, "30"],
          ["persen", 1, "25"],
          ["persen", 2, "50"],
        ],
      ),
      [
        // 20 + 24 = 44 of 50 planned through TW II: 88 %, below 90.
        indicator("orang", "JUMLAH", [
          ["TW1", "20"],
          ["TW2", "24"],
        ]),
        // TW II 46 of 50: 92 %, within the band.
        indicator("persen", "TERAKHIR", [
          ["TW1", "25"],
          ["TW2", "46"],
        ]),
      ],
    );
    expect(findings.map((f) => f.message)).toEqual([
      "Realisasi s.d. TW II 44 Orang baru 88,00 % dari rencana aksi 50 Orang (batas 10 poin persen di bawah rencana).",
    ]);
  });

  test("evaluateOpdYear reports it among the warnings", () => {
    const budget = opd([sub("1", "400000000", [["TW1", "50000000"]])]);
    const { findings } = evaluateOpdYear({
      budget,
      indicators: [],
      settings,
      throughQuarter: 4,
      rencanaAksi: plan([["1", 1, "100000000"]]),
    });
    expect(findings.filter((f) => f.code === "REALISASI_DI_BAWAH_RENCANA")).toHaveLength(1);
  });
});
