import Decimal from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";
import { type BudgetNodeResult, rollupBudget } from "@/lib/calc/budget";
import { loadBudgetTree } from "@/lib/server/budget/load-budget-tree";
import { db } from "@/lib/server/db";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { getOpdBySlug } from "@/lib/server/opd/get-opd";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";

// Tabel 3.6 of the Serang 2022 LKIP: each program line as printed, and what its sub kegiatan add up to.
const programs = [
  { code: "1.06.01", pagu: "7660110718", printed: "7381615876", fromLeaves: "7551696590" },
  { code: "1.06.02", pagu: "1893501902", printed: "1791431925", fromLeaves: "1791431925" },
  { code: "1.06.03", pagu: "2557200", printed: "1800000", fromLeaves: "1800000" },
  { code: "1.06.04", pagu: "626197152", printed: "574602182", fromLeaves: "574602182" },
  { code: "1.06.05", pagu: "6819472636", printed: "6807190312", fromLeaves: "6807190312" },
  { code: "1.06.06", pagu: "598028500", printed: "539545080", fromLeaves: "539545080" },
  { code: "1.06.07", pagu: "54589278", printed: "54536778", fromLeaves: "54536778" },
];

const known = (node: BudgetNodeResult): string => {
  if (node.realisasi.status !== "KNOWN") throw new Error(`${node.code}: realisasi tidak diketahui`);
  return node.realisasi.value.toFixed(0);
};

let opd: BudgetNodeResult;

beforeAll(async () => {
  expect(await loadDemo(db, serang2022)).toBe("loaded");
  const ref = (await getOpdBySlug("dinsos-serang"))!;
  const laporan = (await getLaporan({ opd: ref, year: 2022 }))!;
  const tree = await loadBudgetTree({
    pemdaId: ref.pemdaId,
    opdId: ref.id,
    year: 2022,
    opdName: ref.name,
    laporan,
  });
  opd = rollupBudget({ root: tree, throughQuarter: 4 });
});

describe("Serang 2022 demo data", () => {
  it("totals the OPD from its leaves: pagu Rp 17.654.457.386 over 7 programs", () => {
    expect(opd.children).toHaveLength(7);
    expect(opd.pagu.toFixed(0)).toBe("17654457386");
    expect(known(opd)).toBe("17320802867");
  });

  it.each(programs)(
    "program $code: pagu and realisasi as in Tabel 3.6",
    async ({ code, pagu, printed, fromLeaves }) => {
      const node = opd.children.find((p) => p.code === code)!;
      expect(node.pagu.toFixed(0)).toBe(pagu);
      expect(known(node)).toBe(fromLeaves);
      const stored = await db.program.findFirstOrThrow({ where: { code, year: 2022 } });
      expect(stored.reportedPagu!.toFixed(0)).toBe(pagu);
      expect(stored.reportedRealisasi!.toFixed(0)).toBe(printed);
    },
  );

  it("keeps the report's Administrasi Umum contradiction: leaves exceed the printed kegiatan line by Rp 170.080.714", async () => {
    const kegiatan = await db.kegiatan.findFirstOrThrow({
      where: { name: { contains: "Administrasi Umum" } },
    });
    const node = opd.children[0]!.children.find((k) => k.id === kegiatan.id)!;
    expect(new Decimal(known(node)).minus(kegiatan.reportedRealisasi!.toString()).toFixed(0)).toBe(
      "170080714",
    );
  });

  it("has the sub kegiatan count of every kegiatan in Tabel 3.6", async () => {
    const kegiatan = await db.kegiatan.findMany({
      where: { year: 2022 },
      orderBy: { code: "asc" },
      select: { name: true, _count: { select: { subKegiatan: true } } },
    });
    expect(kegiatan.map((k) => k._count.subKegiatan)).toEqual([7, 1, 7, 2, 2, 1, 5, 1, 10, 9, 3, 2, 2, 2]);
    expect(await db.subKegiatan.count({ where: { year: 2022 } })).toBe(54);
  });

  it("loads the IKU with its Renstra targets 2021–2026 and realisasi 2021 and 2022", async () => {
    const iku = await db.indikator.findFirstOrThrow({
      where: { isIku: true },
      include: { targets: { orderBy: { year: "asc" } }, realisasi: { orderBy: { year: "asc" } } },
    });
    expect(iku.name).toBe("Persentase PMKS yang Mendapatkan Program Pelayanan Sosial");
    expect(iku.targets.map((t) => [t.year, t.targetRenstra!.toString()])).toEqual(
      [2021, 2022, 2023, 2024, 2025, 2026].map((year) => [year, "3"]),
    );
    expect(iku.realisasi.map((r) => [r.year, r.value!.toString()])).toEqual([
      [2021, "3.85"],
      [2022, "3.05"],
    ]);
  });

  it("loads the narrative's sub kegiatan outputs, e.g. 115 PMKS receiving permakanan", async () => {
    const permakanan = await db.subKegiatan.findFirstOrThrow({
      where: { name: "Penyediaan Permakanan", kegiatan: { code: "1.06.04.2.01" } },
      include: { indikator: { include: { realisasi: true } } },
    });
    expect(permakanan.indikator[0]!.realisasi[0]!.value!.toString()).toBe("115");
  });

  it("is idempotent: a second load changes nothing", async () => {
    const counts = async () =>
      Promise.all([
        db.program.count(),
        db.subKegiatan.count(),
        db.indikator.count(),
        db.realisasiAnggaran.count(),
      ]);
    const before = await counts();
    expect(await loadDemo(db, serang2022)).toBe("already-loaded");
    expect(await counts()).toEqual(before);
  });
});
