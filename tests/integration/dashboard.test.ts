import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { QUARTERS, type Quarter } from "@/lib/calc/period";
import { loadOpdDashboard } from "@/lib/server/dashboard/load-opd-dashboard";
import { loadProgramDetail } from "@/lib/server/dashboard/load-program-detail";
import { db } from "@/lib/server/db";
import { findOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadRegionDashboard } from "@/lib/server/region/load-region-dashboard";
import { loadDemo, loadDemoYearInProgress } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { serang2023 } from "@/prisma/demo/serang-2023";
import { expectOpdDashboardMatchesEngine, expectRegionMatchesEngine } from "./dashboard-engine";
import { principalOf } from "./fixtures";

/** The dashboards on the demo as loaded by `npm start`: Serang 2022 (a finished year) and 2023 (data contoh). */

let kepala: Principal;
let inspektorat: Principal;

beforeAll(async () => {
  expect(await loadDemo(db, serang2022)).toBe("loaded");
  expect(await loadDemoYearInProgress(db, serang2023)).toBe("loaded");
  kepala = await principalOf("kepala.dinsos@sakip.demo");
  inspektorat = await principalOf("inspektorat.serang@sakip.demo");
});

describe("demo year 2023 (data contoh)", () => {
  it("copies the 2022 structure with realisasi for TW I–III only, marked illustrative", async () => {
    const [subs2022, subs2023] = await Promise.all([
      db.subKegiatan.count({ where: { year: 2022 } }),
      db.subKegiatan.count({ where: { year: 2023 } }),
    ]);
    expect(subs2023).toBe(subs2022);
    const periods = await db.realisasiAnggaran.groupBy({
      by: ["period"],
      where: { subKegiatan: { year: 2023 } },
      _count: true,
      orderBy: { period: "asc" },
    });
    expect(periods.map((p) => [p.period, p._count])).toEqual([
      ["TW1", 54],
      ["TW2", 54],
      ["TW3", 53],
    ]);
    const laporan = await db.laporanKinerja.findMany({ orderBy: { year: "asc" } });
    expect(laporan.map((l) => [l.year, l.illustrative])).toEqual([
      [2022, false],
      [2023, true],
    ]);
    expect((await findOpdYearContext(kepala, "dinsos-serang", "2023"))!.illustrative).toBe(true);
    expect((await findOpdYearContext(kepala, "dinsos-serang", "2022"))!.illustrative).toBe(false);
  });

  it("is idempotent", async () => {
    const count = () =>
      Promise.all([db.subKegiatan.count(), db.realisasiAnggaran.count(), db.indikator.count()]);
    const before = await count();
    expect(await loadDemoYearInProgress(db, serang2023)).toBe("already-loaded");
    expect(await count()).toEqual(before);
  });
});

describe("OPD dashboard", () => {
  it("2022: IKU 3,05 % against 3 % (101,67 %, Sangat Tinggi), seven programs, serapan 98,11 %", async () => {
    const context = (await findOpdYearContext(kepala, "dinsos-serang", "2022"))!;
    const dashboard = await loadOpdDashboard(context, undefined);
    expect(dashboard.throughQuarter).toBe(4);
    expect(dashboard.iku).toHaveLength(1);
    expect(dashboard.iku[0]).toMatchObject({ realisasi: "3,05 %", target: "3 %", satuan: "%" });
    expect(dashboard.iku[0]!.capaian).toMatchObject({ text: "101,67 %", predikat: "Sangat Tinggi", band: 0 });
    expect(dashboard.programs).toHaveLength(7);
    const worst = dashboard.programs.map((p) => Math.min(p.capaian.value!, p.serapan.value!));
    expect(worst).toEqual([...worst].sort((a, b) => a - b));
    expect(dashboard.programs[0]!.code).toBe("1.06.03"); // serapan 70,39 %
    expect(dashboard.total.serapan.text).toBe("98,11 %");
    expect(dashboard.total.pagu).toBe("Rp 17.654.457.386");
    expect(dashboard.total.realisasi).toBe("Rp 17.320.802.867");
    // The report's four contradictions (three rules) and the 34 outputs it gives no target for
    // (checks.test.ts; one rule); the narrative names its figures by tokens, so none contradicts the data.
    expect(dashboard.findings.counts).toMatchObject({ errors: 3, warnings: 1, total: 4 });
    expect(dashboard.findings.counts.items).toEqual({ ERROR: 4, WARNING: 34, INFO: 0 });
    // Annual totals: nothing is known per quarter, only through TW IV.
    expect(dashboard.cumulative.map((p) => p.realisasi)).toEqual([null, null, null, 17320802867]);
    expect(dashboard.renstra[0]!.points.map((p) => [p.year, p.targetText, p.realisasiText])).toEqual([
      [2021, "3", "3,85"],
      [2022, "3", "3,05"],
      [2023, "3", "2,25"], // so far: TW I–III of the year in progress
      [2024, "3", "—"],
      [2025, "3", "—"],
      [2026, "3", "—"],
    ]);
  });

  it("2023: defaults to TW III, the cumulative line through TW I–III, programs behind first, the planted findings", async () => {
    const context = (await findOpdYearContext(kepala, "dinsos-serang", "2023"))!;
    const dashboard = await loadOpdDashboard(context, undefined);
    expect(dashboard.throughQuarter).toBe(3);
    const line = dashboard.cumulative.map((p) => p.realisasi);
    expect(line.slice(0, 3).every((v) => v !== null && v > 0)).toBe(true);
    expect(line[0]! < line[1]! && line[1]! < line[2]!).toBe(true);
    expect(line[3]).toBeNull();
    expect(dashboard.iku[0]).toMatchObject({ realisasi: "2,25 %", target: "3 %" });
    expect(dashboard.iku[0]!.capaian.text).toBe("75,00 %");
    expect(dashboard.programs[0]!.code).toBe("1.06.03");
    const codes = dashboard.findings.groups.map((g) => g.code);
    expect(codes).toContain("REALISASI_MELEBIHI_PAGU");
    expect(codes).toContain("REALISASI_TRIWULAN_KOSONG");
    const over = dashboard.findings.groups.find((g) => g.code === "REALISASI_MELEBIHI_PAGU")!;
    expect(over.items.map((i) => i.location)).toEqual(["1.06.01.2.06.0008 Fasilitasi Kunjungan Tamu"]);
    expect(over.items[0]!.href).toMatch(/^\/opd\/dinsos-serang\/2023\/sub-kegiatan\//);
  });

  const cases: [number, Quarter][] = [[2022, 4], ...QUARTERS.map((q): [number, Quarter] => [2023, q])];
  it.each(cases)("%i through TW %i: every number equals the engine's", async (year, quarter) => {
    await expectOpdDashboardMatchesEngine(kepala, "dinsos-serang", year, quarter);
  });

  it("a program's detail page holds its kegiatan and sub kegiatan", async () => {
    const context = (await findOpdYearContext(kepala, "dinsos-serang", "2022"))!;
    const dashboard = await loadOpdDashboard(context, undefined);
    const program = dashboard.programs.find((p) => p.code === "1.06.04")!;
    expect(program.href).toBe(`/opd/dinsos-serang/2022/program/${program.id}?tw=4`);
    const detail = (await loadProgramDetail(context, program.id, "4"))!;
    expect(detail.rows[0]).toMatchObject({ code: "1.06.04", serapan: program.serapan.text });
    expect(detail.rows.filter((r) => r.level === "SUB_KEGIATAN")).toHaveLength(19);
    expect(detail.indicators[0]!.ownerCode).toBe("1.06.04");
    expect(await loadProgramDetail(context, "not-a-program", "4")).toBeNull();
  });
});

describe("no cache", () => {
  it("both dashboards show a change at the next read", async () => {
    const sub = await db.subKegiatan.findFirstOrThrow({ where: { year: 2023, code: "1.06.07.2.01.0002" } });
    const entry = await db.realisasiAnggaran.findFirstOrThrow({
      where: { subKegiatanId: sub.id, period: "TW1" },
    });
    const read = async () => {
      const context = (await findOpdYearContext(kepala, "dinsos-serang", "2023"))!;
      const opd = await loadOpdDashboard(context, "3");
      const region = (await loadRegionDashboard(inspektorat, "2023", "3"))!;
      return [opd.total.realisasi, region.total.realisasi];
    };
    const before = await read();
    await db.realisasiAnggaran.update({ where: { id: entry.id }, data: { amount: entry.amount.plus(1000) } });
    try {
      const after = await read();
      expect(after[0]).not.toBe(before[0]);
      expect(after).toEqual([after[0], after[0]]);
    } finally {
      await db.realisasiAnggaran.update({ where: { id: entry.id }, data: { amount: entry.amount } });
    }
  });
});

describe("region dashboard", () => {
  it("2022 lists Dinas Sosial with 98,11 %, equal to the engine", async () => {
    const region = await expectRegionMatchesEngine(inspektorat, 2022, 4);
    expect(region.opds.map((o) => [o.name, o.serapan.text])).toEqual([
      ["Dinas Sosial Kabupaten Serang", "98,11 %"],
    ]);
    expect(region.total.serapan.text).toBe("98,11 %");
    expect(region.late).toEqual([]);
  });

  it.each(QUARTERS)("2023 through TW %i equals the engine", async (quarter) => {
    await expectRegionMatchesEngine(inspektorat, 2023, quarter);
  });

  it("2023 lists the late entries: TW III of Bidang Rehabilitasi Sosial, and TW IV of everyone after 10 January 2024", async () => {
    const region = (await loadRegionDashboard(inspektorat, "2023", undefined))!;
    expect(region.throughQuarter).toBe(3);
    // The real clock stands after every 2023 deadline.
    const late = region.late.map((l) => [l.bidang, l.quarter, l.missing]);
    expect(late).toContainEqual(["Bidang Rehabilitasi Sosial", "TW III", 1]);
    expect(late.filter(([, quarter]) => quarter === "TW IV")).toHaveLength(5);
    expect(region.late[0]!.quarter).toBe("TW III");
    expect(region.late[0]!.deadline).toBe("10 Oktober 2023");
  });
});
