import { beforeAll, describe, expect, it } from "vitest";
import { openableSubKegiatan } from "@/lib/auth/opd-year-rights";
import type { Principal } from "@/lib/auth/permissions";
import { auditFilterInput } from "@/lib/inputs/audit";
import { listAuditEntries } from "@/lib/server/audit/list-audit-entries";
import { loadPerjanjianKinerja } from "@/lib/server/pk/load-perjanjian-kinerja";
import { formatFigure, formatRupiah } from "@/lib/format";
import { db } from "@/lib/server/db";
import { loadIndicatorEditor } from "@/lib/server/indicators/load-indicator-editor";
import { listVisibleOpds } from "@/lib/server/opd/list-opds";
import { getOrganisation } from "@/lib/server/opd-admin/get-organisation";
import { findOpdYearContext, type OpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { getOpdYearEvaluation } from "@/lib/server/opd-year/load-opd-year";
import { getSubKegiatan } from "@/lib/server/realisasi/get-sub-kegiatan";
import { loadRealisasiGrid } from "@/lib/server/realisasi/load-realisasi-grid";
import { loadRencanaAksiPage } from "@/lib/server/rencana-aksi/load-rencana-aksi-page";
import { loadStructure } from "@/lib/server/structure/load-structure";
import { type ActorKey, actorKeys, type Regions, setUpRegions } from "./fixtures";

/**
 * The read side of the permission model: for every actor and every OPD-year of two regions, what each
 * page loader returns. Outside the scope a loader answers null (the page's 404); inside it, a
 * bidang-limited planner gets their bidang's rows only.
 */

let regions: Regions;
let bidangOf: Map<string, string | null>;

beforeAll(async () => {
  regions = await setUpRegions();
  const subs = await db.subKegiatan.findMany({ select: { id: true, bidangId: true } });
  bidangOf = new Map(subs.map((s) => [s.id, s.bidangId]));
});

const actor = (key: ActorKey): Principal => regions.actors[key];

const targets = ["dinsos-serang", "dinkes-serang", "dinsos-cilegon"] as const;
type Target = (typeof targets)[number];

/** Who sees which OPD-year: region-wide roles their region's, OPD roles their own OPD's. */
const sees: Record<ActorKey, readonly Target[]> = {
  adminA: ["dinsos-serang", "dinkes-serang"],
  kepalaA: ["dinsos-serang"],
  perencanaA: ["dinsos-serang"],
  perencanaRehsosA: ["dinsos-serang"],
  inspektoratA: ["dinsos-serang", "dinkes-serang"],
  adminB: ["dinsos-cilegon"],
  kepalaB: ["dinsos-cilegon"],
  perencanaB: ["dinsos-cilegon"],
  inspektoratB: ["dinsos-cilegon"],
};

const cases = actorKeys.flatMap((key) => targets.map((target) => ({ key, target })));

async function contextOf(key: ActorKey, target: Target): Promise<OpdYearContext> {
  const context = await findOpdYearContext(actor(key), target, "2022");
  if (!context) throw new Error(`${key} does not see ${target}`);
  return context;
}

/** Whether a sub kegiatan belongs to the principal's bidang scope (computed here, not by the app). */
const ownScope = (principal: Principal, subId: string) =>
  principal.bidangIds.length === 0 || principal.bidangIds.includes(bidangOf.get(subId) ?? "");

describe("the OPD-year context", () => {
  it.each(cases)("$key → $target", async ({ key, target }) => {
    const context = await findOpdYearContext(actor(key), target, "2022");
    expect(context?.opd.slug ?? null).toBe(sees[key].includes(target) ? target : null);
  });

  it("refuses a year without an LKIP and a malformed year", async () => {
    expect(await findOpdYearContext(actor("kepalaA"), "dinsos-serang", "2031")).toBeNull();
    expect(await findOpdYearContext(actor("kepalaA"), "dinsos-serang", "2022abc")).toBeNull();
    expect(await findOpdYearContext(actor("kepalaA"), "tidak-ada", "2022")).toBeNull();
  });

  it("gives each role its rights from the permission table", async () => {
    const rights = async (key: ActorKey) => (await contextOf(key, "dinsos-serang")).rights;
    expect(await rights("perencanaA")).toMatchObject({
      editPlan: true,
      editNarrative: true,
      readAudit: false,
    });
    expect(await rights("perencanaRehsosA")).toMatchObject({ editPlan: true, editNarrative: false });
    expect(await rights("perencanaA")).toMatchObject({ recordRevision: false });
    expect(await rights("kepalaA")).toMatchObject({
      editPlan: false,
      readAudit: true,
      signPerjanjianKinerja: true,
      recordRevision: true,
    });
    expect(await rights("inspektoratA")).toMatchObject({
      editPlan: false,
      writeReviewNote: true,
      readAudit: true,
    });
    expect((await rights("kepalaA")).moves.map((m) => m.to)).toEqual(["DIAJUKAN"]);
    expect((await rights("inspektoratA")).moves).toEqual([]);
    expect((await contextOf("perencanaRehsosA", "dinsos-serang")).bidangFilter).toEqual([
      regions.a.dinsos.bidangRehsosId,
    ]);
  });
});

describe("the home page's OPD list", () => {
  it.each(actorKeys)("%s lists exactly the OPDs it may open", async (key) => {
    const slugs = (await listVisibleOpds(actor(key))).map((opd) => opd.slug).sort();
    expect(slugs).toEqual([...sees[key]].sort());
  });
});

const visibleCases = cases.filter(({ key, target }) => sees[key].includes(target));

describe("the quarterly grid", () => {
  it.each(visibleCases)("$key on $target marks only its own rows editable", async ({ key, target }) => {
    const { data: grid } = await loadRealisasiGrid({ ...(await contextOf(key, target)), quarter: 1 });
    const subs = grid.programs.flatMap((p) => p.kegiatan.flatMap((k) => k.subKegiatan));
    expect(subs.length).toBeGreaterThan(0);
    for (const sub of subs) expect([sub.id, sub.inScope]).toEqual([sub.id, ownScope(actor(key), sub.id)]);
    expect(grid.editable).toBe(actor(key).role === "PERENCANA");
  });

  it("a bidang planner gets the rows of its bidang; the others count only in the programs' rest", async () => {
    const { data: grid } = await loadRealisasiGrid({
      ...(await contextOf("perencanaRehsosA", "dinsos-serang")),
      quarter: 1,
    });
    const subs = grid.programs.flatMap((p) => p.kegiatan.flatMap((k) => k.subKegiatan));
    expect(subs.length).toBeGreaterThan(0);
    expect(subs.every((s) => s.inScope)).toBe(true);
    expect(grid.programs.some((p) => p.rest !== null)).toBe(true);
  });
});

describe("the rencana aksi", () => {
  it.each(visibleCases)(
    "$key on $target lists the OPD-year's own rows, editable in its scope",
    async ({ key, target }) => {
      const context = await contextOf(key, target);
      const data = await loadRencanaAksiPage(context);
      const own = await db.subKegiatan.findMany({
        where: { opdId: context.opd.id, year: 2022 },
        select: { id: true },
      });
      const rows = data.rows.filter((row) => row.kind === "ANGGARAN");
      const idOf = (row: (typeof rows)[number]) => row.cells[0]!.key.split(":")[1]!;
      expect(rows.map(idOf).sort()).toEqual(own.map((s) => s.id).sort());
      for (const row of rows)
        expect([idOf(row), row.inScope]).toEqual([idOf(row), ownScope(actor(key), idOf(row))]);
      expect(data.editable).toBe(actor(key).role === "PERENCANA");
    },
  );
});

describe("the sub kegiatan page", () => {
  const subCases = visibleCases.filter(({ target }) => target === "dinsos-serang");

  it.each(subCases)("$key opens the sekretariat's and rehsos' items as its scope allows", async ({ key }) => {
    const context = await contextOf(key, "dinsos-serang");
    const { subRehsos, subSekretariat } = regions.a.dinsos;
    for (const sub of [subRehsos, subSekretariat]) {
      const found = await getSubKegiatan({ ...context, id: sub.id });
      expect([sub.id, found?.id ?? null]).toEqual([sub.id, ownScope(actor(key), sub.id) ? sub.id : null]);
    }
  });

  it("does not open another OPD's or another region's item through this OPD-year", async () => {
    const context = await contextOf("adminA", "dinsos-serang");
    expect(await getSubKegiatan({ ...context, id: regions.a.dinkes.sub.id })).toBeNull();
    expect(await getSubKegiatan({ ...context, id: regions.b.dinsos.sub.id })).toBeNull();
  });

  it("links from the OPD-year page only to the items the viewer may open", async () => {
    for (const key of ["perencanaA", "perencanaRehsosA", "kepalaA"] as const) {
      const context = await contextOf(key, "dinsos-serang");
      const { subKegiatan } = await getOpdYearEvaluation(context, 4);
      const openable = openableSubKegiatan(actor(key), subKegiatan);
      const all = [...bidangOf.keys()].filter((id) => openable.has(id));
      expect(all.length).toBeGreaterThan(0);
      for (const id of all) expect(ownScope(actor(key), id)).toBe(true);
      if (key === "perencanaRehsosA") expect(openable.has(regions.a.dinsos.subSekretariat.id)).toBe(false);
      else expect(openable.has(regions.a.dinsos.subSekretariat.id)).toBe(true);
    }
  });
});

describe("the indicator and structure editors", () => {
  it.each(visibleCases)("$key on $target may edit only its own items", async ({ key, target }) => {
    const context = await contextOf(key, target);
    const groups = await loadIndicatorEditor(context);
    const owners = groups.flatMap((g) => g.owners.map((o) => ({ ...o, group: g.level })));
    for (const owner of owners.filter((o) => o.level === "SUB_KEGIATAN")) {
      expect([owner.id, owner.canEdit]).toEqual([
        owner.id,
        actor(key).role === "PERENCANA" && ownScope(actor(key), owner.id),
      ]);
    }
    const structure = await loadStructure(context);
    for (const sub of structure.programs.flatMap((p) => p.kegiatan.flatMap((k) => k.subKegiatan))) {
      expect([sub.id, sub.inScope]).toEqual([sub.id, ownScope(actor(key), sub.id)]);
    }
  });
});

describe("the audit trail", () => {
  it.each(visibleCases)("$key on $target reads it only with audit:read", async ({ key, target }) => {
    const trail = await listAuditEntries({
      ...(await contextOf(key, target)),
      filter: auditFilterInput.parse({}),
    });
    expect(trail === null).toBe(actor(key).role === "PERENCANA");
  });
});

describe("the Perjanjian Kinerja", () => {
  it.each(visibleCases)(
    "$key on $target reads it (everyone who sees the OPD-year)",
    async ({ key, target }) => {
      const pk = await loadPerjanjianKinerja(await contextOf(key, target));
      expect(pk?.opdName).toBe(
        (await db.perangkatDaerah.findUniqueOrThrow({ where: { slug: target } })).name,
      );
    },
  );

  it("holds the demo's signatories, IKU target and pagu from the leaves", async () => {
    const pk = (await loadPerjanjianKinerja(await contextOf("kepalaA", "dinsos-serang")))!;
    expect(pk.record).toMatchObject({
      signerName: "Drs. SUBUR PRIANTO, M.Si",
      signerNip: "19721023 199203 1 002",
      counterpartTitle: "Bupati Serang",
    });
    const iku = pk.sasaran.flatMap((s) => s.indicators)[0]!;
    expect([iku.name, formatFigure(iku.target.value!), iku.satuan]).toEqual([
      "Persentase PMKS yang Mendapatkan Program Pelayanan Sosial",
      "3",
      "%",
    ]);
    // The demo's Rp 17.654.457.386, plus what the fixtures add: three sub kegiatan of Rp 100.000.000
    // and two detailed by one rekening line of Rp 25.000.000 each.
    expect(formatRupiah(pk.totalPagu)).toBe("Rp 18.004.457.386");
    expect(pk.programs).toHaveLength(7);
  });
});

describe("the administration page", () => {
  it.each(actorKeys)("%s sees the organisation only as its region's ADMIN", async (key) => {
    const organisation = await getOrganisation(actor(key));
    if (actor(key).role !== "ADMIN") return expect(organisation).toBeNull();
    expect(organisation!.opds.map((o) => o.pemdaId)).toEqual(
      organisation!.opds.map(() => actor(key).pemdaId),
    );
    expect(organisation!.users.length).toBeGreaterThan(0);
  });
});
