import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { loadOperatorPrincipal } from "@/lib/server/auth/load-principal";
import { latestQuarterOf } from "@/lib/server/dashboard/latest-quarter";
import { db } from "@/lib/server/db";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { findOpdYearContext, type OpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { deleteRealisasiEntry } from "@/lib/server/realisasi/delete-realisasi-entry";
import { saveRealisasiGrid } from "@/lib/server/realisasi/save-realisasi-grid";
import { loadDemo, loadDemoYearInProgress } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { serang2023 } from "@/prisma/demo/serang-2023";

// "Hapus isian" on the demo's year in progress (2023: TW I–III entered, TW IV empty).
let planner: Principal;
let rehsosPlanner: Principal;
let context: OpdYearContext;
let permakanan: string; // Bidang Rehabilitasi Sosial
let makanan: string; // Bidang Linjamsos
let indicatorId: string; // an output of permakanan

beforeAll(async () => {
  await loadDemo(db, serang2022);
  await loadDemoYearInProgress(db, serang2023);
  const opd = await db.perangkatDaerah.findUniqueOrThrow({ where: { slug: "dinsos-serang" } });
  planner = (await loadOperatorPrincipal(opd.pemdaId, "perencana.dinsos@sakip.demo"))!;
  rehsosPlanner = (await loadOperatorPrincipal(opd.pemdaId, "perencana.rehsos@sakip.demo"))!;
  context = (await findOpdYearContext(planner, "dinsos-serang", "2023"))!;
  const sub = (code: string) => db.subKegiatan.findFirstOrThrow({ where: { code, year: 2023 } });
  permakanan = (await sub("1.06.04.2.01.0001")).id;
  makanan = (await sub("1.06.06.2.01.0001")).id;
  indicatorId = (await db.indikator.findFirstOrThrow({ where: { subKegiatanId: permakanan } })).id;
});

const saveTw4 = async (key: string, text: string) => {
  const result = await executeMutation(saveRealisasiGrid, planner, {
    opdId: context.opd.id,
    year: 2023,
    quarter: 4,
    cells: [{ key, text, version: null, row: 1 }],
  });
  expect(result).toMatchObject({ ok: true });
};
const remove = (principal: Principal, key: string, version: number) =>
  executeMutation(deleteRealisasiEntry, principal, {
    opdId: context.opd.id,
    year: 2023,
    quarter: 4,
    key,
    version,
    row: 1,
  });
const amountTw4 = (subKegiatanId: string) =>
  db.realisasiAnggaran.findFirst({ where: { subKegiatanId, period: "TW4" } });
const deletions = () =>
  db.auditLog.findMany({ where: { action: "realisasiGrid.delete" }, orderBy: { createdAt: "asc" } });

describe("Hapus isian", () => {
  it("removes a TW IV amount of 0, audits it, and the dashboards count through TW III again", async () => {
    await saveTw4(`anggaran:${permakanan}`, "0");
    expect(await latestQuarterOf(context)).toBe(4);
    const entry = (await amountTw4(permakanan))!;

    expect(await remove(planner, `anggaran:${permakanan}`, entry.version)).toEqual({
      ok: true,
      value: { deleted: 1 },
    });
    expect(await amountTw4(permakanan)).toBeNull();
    expect(await deletions()).toMatchObject([
      {
        userId: planner.userId,
        opdId: context.opd.id,
        year: 2023,
        entity: "SubKegiatan",
        entityId: permakanan,
        oldValues: { period: "TW4", amount: "0" },
        newValues: null,
      },
    ]);
    expect(await latestQuarterOf(context)).toBe(3);
  });

  it("removes an indicator's TW IV value", async () => {
    await saveTw4(`nilai:${indicatorId}`, "12");
    const entry = await db.realisasiIndikator.findFirstOrThrow({
      where: { indikatorId: indicatorId, period: "TW4" },
    });
    const result = await remove(planner, `indikator:${indicatorId}`, entry.version);
    expect(result.ok).toBe(true);
    expect(await db.realisasiIndikator.count({ where: { indikatorId: indicatorId, period: "TW4" } })).toBe(0);
    expect((await deletions()).at(-1)).toMatchObject({
      entity: "Indikator",
      entityId: indicatorId,
      oldValues: { period: "TW4", value: "12", numerator: null, denominator: null },
      newValues: null,
    });
    expect(await latestQuarterOf(context)).toBe(3);
  });

  it("refuses a stale version: another planner's newer value stays", async () => {
    await saveTw4(`anggaran:${permakanan}`, "1.000");
    const seen = (await amountTw4(permakanan))!;
    await executeMutation(saveRealisasiGrid, planner, {
      opdId: context.opd.id,
      year: 2023,
      quarter: 4,
      cells: [{ key: `anggaran:${permakanan}`, text: "2.000", version: seen.version, row: 1 }],
    });
    const before = (await deletions()).length;

    const result = await remove(planner, `anggaran:${permakanan}`, seen.version);
    expect(result).toMatchObject({ ok: false, error: { kind: "CONFLICT" } });
    if (result.ok) return;
    expect(result.error.message).toContain("telah diubah oleh pengguna lain");
    expect((await amountTw4(permakanan))?.amount.toString()).toBe("2000");
    expect(await deletions()).toHaveLength(before);
  });

  it("hides another bidang's entry from a bidang-limited planner: nothing is removed", async () => {
    await saveTw4(`anggaran:${makanan}`, "5.000");
    const entry = (await amountTw4(makanan))!;
    const before = (await deletions()).length;

    const result = await remove(rehsosPlanner, `anggaran:${makanan}`, entry.version);
    expect(result).toMatchObject({ ok: false, error: { kind: "NOT_FOUND" } });
    expect(await amountTw4(makanan)).not.toBeNull();
    expect(await deletions()).toHaveLength(before);
  });
});
