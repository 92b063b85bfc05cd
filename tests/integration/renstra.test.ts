import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { transitionLaporan } from "@/lib/server/laporan/transition-laporan";
import { loadRenstra } from "@/lib/server/structure/load-renstra";
import { saveRenstraItem } from "@/lib/server/structure/save-renstra-item";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { addedAuditRow, attempt, expectRefused, principalOf, tally } from "./fixtures";

/**
 * renstra.save on the Serang 2022 demo: tujuan and sasaran strategis of the Renstra 2021–2026 of Dinas
 * Sosial, edited from the 2022 structure page. A refused call changes nothing (whole-database snapshot);
 * an allowed one writes exactly one audit row with the old and new values.
 */

let perencana: Principal;
let rehsos: Principal;
let kepala: Principal;
let opdId: string;
let pemdaId: string;
let periodeId: string;
/** The demo's tujuan T1 and its sasaran S1.1. */
let t1: { id: string; version: number };
let s11: { id: string; version: number };
let misi4: string;

beforeAll(async () => {
  expect(await loadDemo(db, serang2022)).toBe("loaded");
  perencana = await principalOf("perencana.dinsos@sakip.demo");
  rehsos = await principalOf("perencana.rehsos@sakip.demo");
  kepala = await principalOf("kepala.dinsos@sakip.demo");
  const opd = await db.perangkatDaerah.findUniqueOrThrow({ where: { slug: "dinsos-serang" } });
  ({ id: opdId, pemdaId } = opd);
  const periode = await db.periode.findFirstOrThrow({ where: { opdId } });
  expect(periode).toMatchObject({ startYear: 2021, endYear: 2026 });
  periodeId = periode.id;
  t1 = await db.tujuan.findFirstOrThrow({ where: { periodeId, code: "T1" } });
  s11 = await db.sasaran.findFirstOrThrow({ where: { tujuanId: t1.id, code: "S1.1" } });
  misi4 = (await db.misi.findFirstOrThrow({ where: { pemdaId, number: 4 } })).id;
});

const tujuan = (fields: { id?: string; version?: number; code: string; text: string; misiId?: string }) => ({
  level: "TUJUAN",
  id: fields.id ?? null,
  version: fields.version ?? null,
  opdId,
  year: 2022,
  code: fields.code,
  text: fields.text,
  misiId: fields.misiId ?? "",
});

const sasaran = (fields: {
  id?: string;
  version?: number;
  code: string;
  text: string;
  tujuanId: string;
}) => ({
  level: "SASARAN",
  id: fields.id ?? null,
  version: fields.version ?? null,
  opdId,
  year: 2022,
  code: fields.code,
  text: fields.text,
  tujuanId: fields.tujuanId,
});

const save = (actor: Principal, input: unknown) => attempt(saveRenstraItem, actor, input);

describe("loadRenstra", () => {
  it("lists the Renstra covering the year: tujuan, sasaran with their IKU count, and the RPJMD misi", async () => {
    const opd = { id: opdId, pemdaId, slug: "dinsos-serang", name: "Dinas Sosial", pemdaName: "Serang" };
    const data = await loadRenstra({ opd, year: 2022 });
    expect(data.periode).toEqual({ startYear: 2021, endYear: 2026 });
    expect(data.tujuan).toMatchObject([
      {
        id: t1.id,
        code: "T1",
        misiId: misi4,
        misiLabel: "Misi 4",
        sasaran: [{ id: s11.id, code: "S1.1", tujuanId: t1.id, iku: 1, version: 1 }],
      },
    ]);
    expect(data.misi.map((m) => m.label.slice(0, 24))).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `Misi ${n} (RPJMD 2021–2026)`),
    );
    expect(await loadRenstra({ opd, year: 2019 })).toEqual({ periode: null, tujuan: [], misi: [] });
  });
});

describe("renstra.save", () => {
  let t2: string;

  it("creates a tujuan linked to a misi of the RPJMD, with its audit row", async () => {
    const attempted = await save(
      perencana,
      tujuan({ code: " T 2 ", text: "Meningkatnya Tata Kelola Dinas Sosial", misiId: misi4 }),
    );
    expect(attempted.result).toMatchObject({ ok: true, value: { version: 1 } });
    expect(tally(attempted.changes)).toEqual({ Tujuan: "+1", AuditLog: "+1" });
    const created = await db.tujuan.findFirstOrThrow({ where: { periodeId, code: "T2" } });
    expect(created).toMatchObject({ pemdaId, misiId: misi4, text: "Meningkatnya Tata Kelola Dinas Sosial" });
    t2 = created.id;
    expect(await addedAuditRow(attempted.changes)).toMatchObject({
      userId: perencana.userId,
      action: "renstra.save",
      opdId,
      year: 2022,
      entity: "Tujuan",
      entityId: t2,
      oldValues: null,
      newValues: { code: "T2", text: "Meningkatnya Tata Kelola Dinas Sosial", misiId: misi4 },
    });
  });

  it("creates a sasaran strategis under it", async () => {
    const attempted = await save(
      perencana,
      sasaran({ code: "S2.1", text: "Meningkatnya Akuntabilitas Kinerja", tujuanId: t2 }),
    );
    expect(attempted.result).toMatchObject({ ok: true, value: { version: 1 } });
    expect(tally(attempted.changes)).toEqual({ Sasaran: "+1", AuditLog: "+1" });
    const created = await db.sasaran.findFirstOrThrow({ where: { tujuanId: t2, code: "S2.1" } });
    expect(await addedAuditRow(attempted.changes)).toMatchObject({
      entity: "Sasaran",
      entityId: created.id,
      oldValues: null,
      newValues: { code: "S2.1", text: "Meningkatnya Akuntabilitas Kinerja", tujuanId: t2 },
    });
  });

  it("edits the demo tujuan: version bumped, audit with old and new values", async () => {
    const before = await db.tujuan.findUniqueOrThrow({ where: { id: t1.id } });
    const attempted = await save(
      perencana,
      tujuan({
        id: t1.id,
        version: before.version,
        code: "T1",
        text: "Meningkatnya Kesejahteraan Sosial Masyarakat",
        misiId: misi4,
      }),
    );
    expect(attempted.result).toMatchObject({ ok: true, value: { id: t1.id, version: before.version + 1 } });
    expect(tally(attempted.changes)).toEqual({ Tujuan: "~1", AuditLog: "+1" });
    expect(await addedAuditRow(attempted.changes)).toMatchObject({
      entity: "Tujuan",
      entityId: t1.id,
      oldValues: { code: "T1", text: before.text, misiId: before.misiId },
      newValues: { code: "T1", text: "Meningkatnya Kesejahteraan Sosial Masyarakat", misiId: misi4 },
    });
    t1 = await db.tujuan.findUniqueOrThrow({ where: { id: t1.id } });
  });

  it("refuses a tujuan code already used in the Renstra, naming it, and changes nothing", async () => {
    const created = await save(perencana, tujuan({ code: "T1", text: "Tujuan Kembar" }));
    expectRefused(created, "INVALID");
    expect(created.result).toMatchObject({
      error: { message: expect.stringMatching(/Kode tujuan T1 sudah dipakai.*Renstra 2021–2026/) },
    });
    const current = await db.tujuan.findUniqueOrThrow({ where: { id: t2 } });
    const renamed = await save(
      perencana,
      tujuan({ id: t2, version: current.version, code: "T1", text: current.text }),
    );
    expectRefused(renamed, "INVALID");
    expect(renamed.result).toMatchObject({ error: { message: expect.stringContaining("T1") } });
  });

  it("refuses a sasaran code already used in the tujuan, and changes nothing", async () => {
    const attempted = await save(
      perencana,
      sasaran({ code: "S1.1", text: "Sasaran Kembar", tujuanId: t1.id }),
    );
    expectRefused(attempted, "INVALID");
    expect(attempted.result).toMatchObject({
      error: { message: expect.stringMatching(/Kode sasaran strategis S1\.1 sudah dipakai.*tujuan T1/) },
    });
    // The same code under another tujuan is fine.
    const elsewhere = await save(perencana, sasaran({ code: "S1.1", text: "Sasaran Lain", tujuanId: t2 }));
    expect(elsewhere.result).toMatchObject({ ok: true });
  });

  it("refuses a stale version with a CONFLICT showing the current text", async () => {
    const current = await db.sasaran.findUniqueOrThrow({ where: { id: s11.id } });
    const fresh = await save(
      perencana,
      sasaran({
        id: s11.id,
        version: current.version,
        code: "S1.1",
        text: "Meningkatnya Perlindungan Sosial",
        tujuanId: t1.id,
      }),
    );
    expect(fresh.result).toMatchObject({ ok: true, value: { version: current.version + 1 } });
    const stale = await save(
      perencana,
      sasaran({ id: s11.id, version: current.version, code: "S1.1", text: "Versi Lama", tujuanId: t1.id }),
    );
    expectRefused(stale, "CONFLICT");
    expect(stale.result).toMatchObject({
      error: {
        message: expect.stringContaining('"Meningkatnya Perlindungan Sosial"'),
        current: {
          code: "S1.1",
          text: "Meningkatnya Perlindungan Sosial",
          tujuan: "T1",
          version: String(current.version + 1),
        },
      },
    });
    const staleTujuan = await save(
      perencana,
      tujuan({ id: t1.id, version: t1.version - 1, code: "T1", text: "Versi Lama" }),
    );
    expectRefused(staleTujuan, "CONFLICT");
    expect(staleTujuan.result).toMatchObject({
      error: { current: { text: "Meningkatnya Kesejahteraan Sosial Masyarakat", misi: "Misi 4" } },
    });
  });

  it("refuses a misi of another region and a tujuan of another OPD as INVALID", async () => {
    const other = await db.pemda.create({ data: { code: "3673", name: "Kota Serang", kind: "KOTA" } });
    const rpjmd = await db.rpjmd.create({
      data: { pemdaId: other.id, startYear: 2021, endYear: 2026, visi: "Visi" },
    });
    const foreignMisi = await db.misi.create({
      data: { pemdaId: other.id, rpjmdId: rpjmd.id, number: 1, text: "Misi" },
    });
    const misi = await save(perencana, tujuan({ code: "T9", text: "Tujuan Uji", misiId: foreignMisi.id }));
    expectRefused(misi, "INVALID");
    expect(misi.result).toMatchObject({ error: { message: expect.stringContaining("misi RPJMD") } });

    const dinkes = await db.perangkatDaerah.create({
      data: { pemdaId, slug: "dinkes-renstra", name: "Dinas Kesehatan" },
    });
    const periode = await db.periode.create({
      data: { pemdaId, opdId: dinkes.id, startYear: 2021, endYear: 2026 },
    });
    const foreign = await db.tujuan.create({
      data: { pemdaId, periodeId: periode.id, code: "T1", text: "Tujuan Dinkes" },
    });
    expectRefused(
      await save(perencana, sasaran({ code: "S9", text: "Sasaran Uji", tujuanId: foreign.id })),
      "INVALID",
    );
    expectRefused(
      await save(perencana, tujuan({ id: foreign.id, version: 1, code: "T1", text: "Diambil" })),
      "NOT_FOUND",
    );
  });

  it("is INVALID for a year the Renstra does not cover", async () => {
    await db.laporanKinerja.create({ data: { pemdaId, opdId, year: 2027 } });
    for (const year of [2027, 2019]) {
      const attempted = await save(perencana, { ...tujuan({ code: "T9", text: "Tujuan Uji" }), year });
      expectRefused(attempted, "INVALID");
      expect(attempted.result).toMatchObject({
        error: { message: expect.stringContaining(`belum memiliki Renstra yang berlaku pada tahun ${year}`) },
      });
    }
  });

  it("is NOT_FOUND for a planner limited to a bidang (Renstra items belong to the whole OPD)", async () => {
    expectRefused(await save(rehsos, tujuan({ code: "T9", text: "Tujuan Uji" })), "NOT_FOUND");
    const current = await db.sasaran.findUniqueOrThrow({ where: { id: s11.id } });
    expectRefused(
      await save(
        rehsos,
        sasaran({ id: s11.id, version: current.version, code: "S1.1", text: "Ubah", tujuanId: t1.id }),
      ),
      "NOT_FOUND",
    );
  });

  it("is FORBIDDEN to the head of the OPD", async () => {
    expectRefused(await save(kepala, tujuan({ code: "T9", text: "Tujuan Uji" })), "FORBIDDEN");
    expectRefused(
      await save(kepala, tujuan({ id: t1.id, version: t1.version, code: "T1", text: "Ubah" })),
      "FORBIDDEN",
    );
  });

  it("is LOCKED once the head submits the LKIP", async () => {
    const laporan = await db.laporanKinerja.findUniqueOrThrow({
      where: { opdId_year: { opdId, year: 2022 } },
    });
    expect(laporan.status).toBe("DRAFT");
    const submitted = await executeMutation(transitionLaporan, kepala, {
      laporanId: laporan.id,
      to: "DIAJUKAN",
      version: laporan.version,
    });
    expect(submitted).toMatchObject({ ok: true });
    const attempted = await save(perencana, tujuan({ code: "T9", text: "Tujuan Uji" }));
    expectRefused(attempted, "LOCKED");
    expect(attempted.result).toMatchObject({
      error: { message: expect.stringContaining("tidak dapat diubah") },
    });
    const current = await db.sasaran.findUniqueOrThrow({ where: { id: s11.id } });
    expectRefused(
      await save(
        perencana,
        sasaran({ id: s11.id, version: current.version, code: "S1.1", text: "Ubah", tujuanId: t1.id }),
      ),
      "LOCKED",
    );
  });
});
