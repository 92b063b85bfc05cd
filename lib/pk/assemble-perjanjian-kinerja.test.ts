import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { rollupBudget, type BudgetNodeInput } from "@/lib/calc/budget";
import type { IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import { assemblePerjanjianKinerja } from "./assemble-perjanjian-kinerja";
import { perjanjianKinerjaTables, pkRevisionNotes, pkTargetLines } from "./perjanjian-kinerja-text";

const d = (v: string) => new Decimal(v);

const pkPerubahan = {
  id: "rev",
  kind: "PK" as const,
  nomor: "050/77/Dinsos/2022",
  tanggal: new Date("2022-06-30T00:00:00Z"),
  alasan: "Refocusing anggaran",
  berlakuMulai: new Date("2022-07-01T00:00:00Z"),
  createdAt: new Date("2022-06-30T03:00:00Z"),
};
const ikuRevision = {
  document: pkPerubahan,
  value: d("3.5"),
  upper: null,
  previous: { value: d("3"), upper: null },
};

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
      indicator({
        id: "rentang",
        level: "PROGRAM",
        code: "1.06.04",
        name: "Rata-rata lama rehabilitasi",
        satuan: "hari",
        polarity: "RENTANG",
        target: { value: d("2"), upper: d("5") },
      }),
      indicator({ id: "sub", level: "SUB_KEGIATAN", code: "1.06.04.2.01.0001" }),
    ],
    rollup: rollupBudget({ root: budget, throughQuarter: 4 }),
    perubahanReasons: new Map([["prog", "Tambahan anggaran perubahan"]]),
    revisions: { documents: [], byIndicator: new Map() },
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
    ).toEqual([
      ["prog", "85", "Tambahan anggaran perubahan"],
      ["rentang", undefined, undefined],
    ]);
    expect(document.totalPagu.toString()).toBe("83880000.5");
  });

  it("keeps the signatories as recorded", () => {
    expect(document.record).toBe(record);
  });
});

describe("what the page and the LKIP's Lampiran I print of it", () => {
  const document = assemblePerjanjianKinerja({
    year: 2022,
    opdName: "Dinas Sosial",
    pemdaName: "Kabupaten Serang",
    record: {
      id: "pk",
      version: 1,
      signerName: "Kepala",
      signerNip: null,
      signerTitle: "Kepala Dinas Sosial",
      counterpartName: null,
      counterpartTitle: "Bupati Serang",
      signedAt: null,
    },
    indicators: [
      indicator({ id: "iku", satuan: "persen" }),
      indicator({
        id: "rentang",
        level: "PROGRAM",
        code: "1.06.04",
        name: "Rata-rata lama rehabilitasi",
        satuan: "hari",
        polarity: "RENTANG",
        target: { value: d("2"), upper: d("5"), perubahan: d("3"), upperPerubahan: d("6") },
      }),
      indicator({ id: "kosong", level: "PROGRAM", code: "1.06.04", name: "Tanpa target", target: {} }),
    ],
    rollup: rollupBudget({ root: budget, throughQuarter: 4 }),
    perubahanReasons: new Map([["rentang", "Kapasitas panti bertambah"]]),
    revisions: { documents: [pkPerubahan], byIndicator: new Map([["iku", [ikuRevision]]]) },
  });
  const [iku, rentang, kosong] = [...document.sasaran, ...document.programs].flatMap((o) => o.indicators);

  it("prints a target with its satuan, a RENTANG as its bounds, and a perubahan with its reason", () => {
    expect(pkTargetLines(iku!)).toEqual([
      "3 %",
      "Target perubahan: 3,5 % — PK Perubahan Nomor 050/77/Dinsos/2022 tanggal 30 Juni 2022, berlaku mulai 1 Juli 2022",
    ]);
    expect(pkTargetLines(rentang!)).toEqual([
      "2–5 hari",
      "Target perubahan: 3–6 hari — alasan: Kapasitas panti bertambah",
    ]);
    expect(pkTargetLines(kosong!)).toEqual(["belum ditetapkan"]);
  });

  it("names every PK Perubahan of the year under the tables", () => {
    expect(pkRevisionNotes(document.revisionDocuments)).toEqual([
      "Target perubahan berdasarkan PK Perubahan Nomor 050/77/Dinsos/2022 tanggal 30 Juni 2022, berlaku mulai 1 Juli 2022: Refocusing anggaran",
    ]);
  });

  it("lays out one line per indicator, the program's number, name and pagu on its first", () => {
    const { sasaran, programs } = perjanjianKinerjaTables(document);
    expect(sasaran.columns).toEqual(["No", "Sasaran Strategis", "Indikator Kinerja", "Target 2022"]);
    expect(programs.lines.map((l) => [l.span, l.number, l.owner, l.indicator, l.target[0], l.pagu])).toEqual([
      [
        2,
        "1",
        "1.06.04 Program Rehabilitasi Sosial",
        "Rata-rata lama rehabilitasi",
        "2–5 hari",
        "Rp 83.880.001",
      ],
      [0, "1", "1.06.04 Program Rehabilitasi Sosial", "Tanpa target", "belum ditetapkan", "Rp 83.880.001"],
    ]);
    expect(programs.total).toEqual({ label: "Jumlah anggaran", pagu: "Rp 83.880.001" });
  });
});
