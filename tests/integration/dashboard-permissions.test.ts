import { beforeAll, describe, expect, it } from "vitest";
import { QUARTERS } from "@/lib/calc/period";
import { loadOpdDashboard } from "@/lib/server/dashboard/load-opd-dashboard";
import { loadPohonKinerja } from "@/lib/server/dashboard/load-pohon-kinerja";
import { db } from "@/lib/server/db";
import { findOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadRegionDashboard } from "@/lib/server/region/load-region-dashboard";
import { expectOpdDashboardMatchesEngine, expectRegionMatchesEngine } from "./dashboard-engine";
import { type ActorKey, actorKeys, type Regions, setUpRegions } from "./fixtures";

/**
 * The dashboards' read side over two regions: who sees the region dashboard (ADMIN and INSPEKTORAT of
 * their own region; null, a 404, for everyone else) and which links a bidang-limited planner gets; and
 * the figures against the engine with OPDs that have rekening lines, quarterly and annual entries.
 */

let regions: Regions;

beforeAll(async () => {
  regions = await setUpRegions();
});

const regionOpds: Record<ActorKey, string[] | null> = {
  adminA: ["Dinas Kesehatan Kabupaten Serang", "Dinas Sosial Kabupaten Serang"],
  inspektoratA: ["Dinas Kesehatan Kabupaten Serang", "Dinas Sosial Kabupaten Serang"],
  kepalaA: null,
  perencanaA: null,
  perencanaRehsosA: null,
  adminB: ["Dinas Sosial Kota Cilegon"],
  inspektoratB: ["Dinas Sosial Kota Cilegon"],
  kepalaB: null,
  perencanaB: null,
};

describe("region dashboard loader", () => {
  it.each(actorKeys)("%s: its own region's OPDs, or nothing", async (key) => {
    const region = await loadRegionDashboard(regions.actors[key], "2022", undefined);
    expect(region?.opds.map((o) => o.name) ?? null).toEqual(regionOpds[key]);
  });

  it("refuses a year that is not one", async () => {
    expect(await loadRegionDashboard(regions.actors.adminA, "20x2", undefined)).toBeNull();
  });

  it.each(QUARTERS)(
    "region A 2022 through TW %i: per OPD the engine's figures, in total their sum",
    async (q) => {
      await expectRegionMatchesEngine(regions.actors.inspektoratA, 2022, q);
    },
  );

  it("lists the added quarterly sub kegiatan as late, per bidang", async () => {
    const region = (await loadRegionDashboard(regions.actors.adminA, "2022", undefined))!;
    const late = new Set(region.late.map((l) => `${l.opd} · ${l.bidang} · ${l.quarter}`));
    expect(late).toContain("Dinas Sosial Kabupaten Serang · Tanpa bidang · TW I");
    expect(late).toContain("Dinas Kesehatan Kabupaten Serang · Bidang Pelayanan Kesehatan · TW IV");
  });
});

describe("OPD dashboard and pohon kinerja", () => {
  it.each(actorKeys)("%s: only OPD-years in scope (the context answers 404 elsewhere)", async (key) => {
    const seen = [];
    for (const slug of ["dinsos-serang", "dinkes-serang", "dinsos-cilegon"]) {
      const context = await findOpdYearContext(regions.actors[key], slug, "2022");
      if (context) seen.push(slug);
    }
    expect(seen.length).toBeGreaterThan(0);
    const inRegionA = regions.actors[key].pemdaId === regions.a.pemdaId;
    expect(seen.includes("dinsos-cilegon")).toBe(!inRegionA);
  });

  it("a bidang-limited planner's findings link only to their bidang's sub kegiatan", async () => {
    const principal = regions.actors.perencanaRehsosA;
    const context = (await findOpdYearContext(principal, "dinsos-serang", "2022"))!;
    const dashboard = await loadOpdDashboard(context, "1");
    const links = dashboard.findings.groups.flatMap((g) => g.items.map((i) => i.href)).filter(Boolean);
    const subIds = links.filter((l) => l!.includes("/sub-kegiatan/")).map((l) => l!.split("/").pop()!);
    expect(subIds.length).toBeGreaterThan(0);
    const subs = await db.subKegiatan.findMany({ where: { id: { in: subIds } }, select: { bidangId: true } });
    expect(new Set(subs.map((s) => s.bidangId))).toEqual(new Set([regions.a.dinsos.bidangRehsosId]));
    const pohon = await loadPohonKinerja(context, "4");
    expect(JSON.stringify(pohon.tree)).not.toContain(`/sub-kegiatan/${regions.a.dinsos.subSekretariat.id}`);
    expect(JSON.stringify(pohon.tree)).toContain(`/sub-kegiatan/${regions.a.dinsos.subRehsos.id}`);
  });

  it.each(QUARTERS)("Dinas Kesehatan (rekening lines) through TW %i equals the engine", async (q) => {
    await expectOpdDashboardMatchesEngine(regions.actors.adminA, "dinkes-serang", 2022, q);
  });
});
