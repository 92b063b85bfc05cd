import { expect } from "vitest";
import type { LaporanStatus } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { setLaporanStatus, tally } from "../fixtures";
import type { ActorKey } from "../fixtures";
import { FB, LK, NF, OK, fx, next, type MatrixGroup, matrix, type Outcome } from "./harness";

/**
 * Permission matrix, profile group (see ./harness.ts). The organisation profile of an OPD-year (daya
 * dukung, pagu indikatif, signing place and date, images), written by whole-OPD planners only, and the
 * region's kepala daerah and logo, set by its administrator.
 */

/** A 1×1 PNG. */
export const TINY_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
export const TINY_PNG_BYTES = new Uint8Array(Buffer.from(TINY_PNG, "base64"));

type OpdYearTarget = { opdId: string; laporanId: string; lkip?: LaporanStatus };

const opdYearTargets = {
  "dinsos 2022": (): OpdYearTarget => ({ opdId: fx.a.dinsos.opdId, laporanId: fx.a.dinsos.laporanId }),
  "dinsos 2022, LKIP submitted": (): OpdYearTarget => ({
    opdId: fx.a.dinsos.opdId,
    laporanId: fx.a.dinsos.laporanId,
    lkip: "DIAJUKAN",
  }),
  "dinkes 2022 (other OPD)": (): OpdYearTarget => ({
    opdId: fx.a.dinkes.opdId,
    laporanId: fx.a.dinkes.laporanId,
  }),
  "Cilegon 2022 (other region)": (): OpdYearTarget => ({
    opdId: fx.b.dinsos.opdId,
    laporanId: fx.b.dinsos.laporanId,
  }),
};

// The same outcomes for every write of an OPD-year's profile: whole-OPD planners of that OPD, while the
// year is open; a bidang-limited planner does not see the whole-OPD profile at all.
// prettier-ignore
const opdYearExpected: Record<ActorKey, Outcome[]> = {
  //                 dinsos  locked  dinkes  Cilegon
  adminA:           [FB,     FB,     FB,     NF],
  kepalaA:          [FB,     FB,     NF,     NF],
  perencanaA:       [OK,     LK,     NF,     NF],
  perencanaRehsosA: [NF,     NF,     NF,     NF],
  inspektoratA:     [FB,     FB,     FB,     NF],
  adminB:           [NF,     NF,     NF,     FB],
  kepalaB:          [NF,     NF,     NF,     FB],
  perencanaB:       [NF,     NF,     NF,     OK],
  inspektoratB:     [NF,     NF,     NF,     FB],
};

// --- dayaDukung.save

const dayaDukungMatrix = matrix({
  targets: opdYearTargets,
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const current = await db.dayaDukung.findMany({
      where: { opdId: target.opdId, year: 2022 },
      orderBy: [{ kind: "asc" }, { position: "asc" }],
    });
    const label = `Mitra uji ${next()}`;
    const input = {
      opdId: target.opdId,
      year: 2022,
      rows: [
        ...current.map((row) => ({
          id: row.id,
          kind: row.kind,
          label: row.label,
          jumlah: String(row.jumlah),
        })),
        { id: null, kind: "MITRA_KERJA" as const, label, jumlah: "7" },
      ],
      loaded: current.map((row) => ({ id: row.id, version: row.version })),
    };
    return { input, state: { current, label } };
  },
  expected: opdYearExpected,
  async verify({ target, state: { current, label }, changes, audit }) {
    expect(tally(changes)).toEqual({ DayaDukung: "+1", AuditLog: "+1" });
    const added = await db.dayaDukung.findFirstOrThrow({ where: { opdId: target.opdId, year: 2022, label } });
    expect(added).toMatchObject({ kind: "MITRA_KERJA", jumlah: 7, version: 1 });
    expect(audit).toMatchObject({
      opdId: target.opdId,
      year: 2022,
      entity: "DayaDukung",
      entityId: `${target.opdId}:2022`,
      oldValues: { rows: current.map(({ kind, label, jumlah }) => ({ kind, label, jumlah })) },
    });
    expect((audit.newValues as { rows: unknown[] }).rows).toHaveLength(current.length + 1);
  },
});

// --- paguIndikatif.save

/** The Renstra period of the OPD covering 2022 (made here for the OPDs the fixtures give none). */
async function periodeOf(opdId: string) {
  const opd = await db.perangkatDaerah.findUniqueOrThrow({ where: { id: opdId } });
  return (
    (await db.periode.findFirst({ where: { opdId, startYear: { lte: 2022 }, endYear: { gte: 2022 } } })) ??
    (await db.periode.create({ data: { pemdaId: opd.pemdaId, opdId, startYear: 2021, endYear: 2026 } }))
  );
}

const paguIndikatifMatrix = matrix({
  targets: opdYearTargets,
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const periode = await periodeOf(target.opdId);
    const before = await db.paguIndikatif.findFirst({ where: { periodeId: periode.id, year: 2024 } });
    const amount = String(18_000_000_000 + next() * 1_000);
    const input = {
      opdId: target.opdId,
      year: 2022,
      periodeId: periode.id,
      amounts: [{ year: 2024, amount, version: before?.version ?? null }],
    };
    return { input, state: { periodeId: periode.id, before, amount } };
  },
  expected: opdYearExpected,
  async verify({ target, state: { periodeId, before, amount }, changes, audit }) {
    expect(tally(changes)).toEqual({ PaguIndikatif: before ? "~1" : "+1", AuditLog: "+1" });
    const saved = await db.paguIndikatif.findFirstOrThrow({ where: { periodeId, year: 2024 } });
    expect(saved.amount.toFixed(0)).toBe(amount);
    expect(audit).toMatchObject({
      opdId: target.opdId,
      year: 2022,
      entity: "PaguIndikatif",
      entityId: periodeId,
      oldValues: { pagu: { 2024: before?.amount.toFixed(2) ?? null } },
      newValues: { pagu: { 2024: `${amount}.00` } },
    });
  },
});

// --- signing.save

const signingMatrix = matrix({
  targets: opdYearTargets,
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const before = await db.laporanKinerja.findUniqueOrThrow({ where: { id: target.laporanId } });
    const place = `Tempat ${next()}`;
    const input = { laporanId: target.laporanId, place, date: "31/01/2023", version: before.version };
    return { input, state: { before, place } };
  },
  expected: opdYearExpected,
  async verify({ target, state: { before, place }, changes, audit }) {
    expect(tally(changes)).toEqual({ LaporanKinerja: "~1", AuditLog: "+1" });
    const saved = await db.laporanKinerja.findUniqueOrThrow({ where: { id: target.laporanId } });
    expect(saved).toMatchObject({ signingPlace: place, version: before.version + 1 });
    expect(saved.signingDate?.toISOString()).toBe("2023-01-31T00:00:00.000Z");
    expect(audit).toMatchObject({
      entity: "LaporanKinerja",
      entityId: target.laporanId,
      oldValues: { signingPlace: before.signingPlace },
      newValues: { signingPlace: place, signingDate: "2023-01-31" },
    });
  },
});

// --- attachment.upload

const uploadMatrix = matrix({
  targets: opdYearTargets,
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const caption = `Lampiran uji ${next()}`;
    const input = {
      opdId: target.opdId,
      year: 2022,
      kind: "LAMPIRAN",
      ownerCode: "",
      caption,
      file: TINY_PNG,
    };
    return { input, state: { caption } };
  },
  expected: opdYearExpected,
  async verify({ target, state: { caption }, changes, audit }) {
    expect(tally(changes)).toEqual({ Attachment: "+1", StoredFile: "+1", AuditLog: "+1" });
    const saved = await db.attachment.findFirstOrThrow({ where: { opdId: target.opdId, caption } });
    expect(saved).toMatchObject({
      kind: "LAMPIRAN",
      mimeType: "image/png",
      year: 2022,
      size: TINY_PNG_BYTES.length,
    });
    expect(audit).toMatchObject({
      entity: "Attachment",
      entityId: saved.id,
      newValues: { kind: "LAMPIRAN", caption, sha256: saved.sha256, size: TINY_PNG_BYTES.length },
    });
  },
});

// --- attachment.delete: an OPD-year's image (whole-OPD planners), the region's logo (its admin).

type DeleteTarget = OpdYearTarget & { logo?: boolean };

const deleteMatrix = matrix({
  targets: {
    ...opdYearTargets,
    "Serang logo": (): DeleteTarget => ({ ...opdYearTargets["dinsos 2022"](), logo: true }),
    "Cilegon logo": (): DeleteTarget => ({ ...opdYearTargets["Cilegon 2022 (other region)"](), logo: true }),
  } as Record<string, () => DeleteTarget>,
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const opd = await db.perangkatDaerah.findUniqueOrThrow({ where: { id: target.opdId } });
    const stored = await db.storedFile.create({ data: { pemdaId: opd.pemdaId, bytes: TINY_PNG_BYTES } });
    const image = await db.attachment.create({
      data: {
        pemdaId: opd.pemdaId,
        opdId: target.logo ? null : opd.id,
        year: target.logo ? null : 2022,
        kind: target.logo ? "LOGO_PEMDA" : "LAMPIRAN",
        caption: `Gambar uji ${next()}`,
        mimeType: "image/png",
        sha256: "0".repeat(64),
        size: TINY_PNG_BYTES.length,
        storageKey: stored.id,
      },
    });
    return { input: { attachmentId: image.id }, state: { image } };
  },
  // prettier-ignore
  expected: {
    //                 dinsos  locked  dinkes  Cilegon logoA   logoB
    adminA:           [FB,     FB,     FB,     NF,     OK,     NF],
    kepalaA:          [FB,     FB,     NF,     NF,     FB,     NF],
    perencanaA:       [OK,     LK,     NF,     NF,     FB,     NF],
    perencanaRehsosA: [NF,     NF,     NF,     NF,     FB,     NF],
    inspektoratA:     [FB,     FB,     FB,     NF,     FB,     NF],
    adminB:           [NF,     NF,     NF,     FB,     NF,     OK],
    kepalaB:          [NF,     NF,     NF,     FB,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     OK,     NF,     FB],
    inspektoratB:     [NF,     NF,     NF,     FB,     NF,     FB],
  },
  async verify({ state: { image }, changes, audit }) {
    expect(tally(changes)).toEqual({ Attachment: "-1", StoredFile: "-1", AuditLog: "+1" });
    expect(changes.removed).toContain(`Attachment:${image.id}`);
    expect(audit).toMatchObject({
      opdId: image.opdId,
      year: image.year,
      entity: "Attachment",
      entityId: image.id,
      oldValues: { kind: image.kind, caption: image.caption },
      newValues: null,
    });
  },
});

// --- pemdaHead.save and pemdaLogo.upload: the ADMIN of the region.

// prettier-ignore
const adminOnly: Record<ActorKey, Outcome[]> = {
  adminA: [OK], kepalaA: [FB], perencanaA: [FB], perencanaRehsosA: [FB], inspektoratA: [FB],
  adminB: [OK], kepalaB: [FB], perencanaB: [FB], inspektoratB: [FB],
};

const pemdaHeadMatrix = matrix({
  targets: { "own region": () => null },
  async prepare(_target, call) {
    const pemdaId = fx.actors[call.actorKey].pemdaId;
    const before = await db.pemda.findUniqueOrThrow({ where: { id: pemdaId } });
    const headName = `Kepala Daerah ${next()}`;
    const input = {
      headName,
      headTitle: "Bupati Uji",
      previous: { headName: before.headName, headTitle: before.headTitle },
    };
    return { input, state: { pemdaId, before, headName } };
  },
  expected: adminOnly,
  async verify({ state: { pemdaId, before, headName }, changes, audit }) {
    expect(tally(changes)).toEqual({ Pemda: "~1", AuditLog: "+1" });
    expect(await db.pemda.findUniqueOrThrow({ where: { id: pemdaId } })).toMatchObject({
      headName,
      headTitle: "Bupati Uji",
    });
    expect(audit).toMatchObject({
      opdId: null,
      entity: "Pemda",
      entityId: pemdaId,
      oldValues: { headName: before.headName, headTitle: before.headTitle },
      newValues: { headName, headTitle: "Bupati Uji" },
    });
  },
});

const pemdaLogoMatrix = matrix({
  targets: { "own region": () => null },
  async prepare(_target, call) {
    const pemdaId = fx.actors[call.actorKey].pemdaId;
    await db.attachment.deleteMany({ where: { pemdaId, kind: "LOGO_PEMDA" } });
    const caption = `Logo uji ${next()}`;
    return { input: { caption, file: TINY_PNG }, state: { pemdaId, caption } };
  },
  expected: adminOnly,
  async verify({ state: { pemdaId, caption }, changes, audit }) {
    expect(tally(changes)).toEqual({ Attachment: "+1", StoredFile: "+1", AuditLog: "+1" });
    const logo = await db.attachment.findFirstOrThrow({ where: { pemdaId, kind: "LOGO_PEMDA" } });
    expect(logo).toMatchObject({ opdId: null, year: null, caption, mimeType: "image/png" });
    expect(audit).toMatchObject({ opdId: null, entity: "Attachment", entityId: logo.id });
  },
});

/** The tables of this group, keyed by mutation name. */
export const profileMatrices: MatrixGroup = {
  "dayaDukung.save": dayaDukungMatrix,
  "paguIndikatif.save": paguIndikatifMatrix,
  "signing.save": signingMatrix,
  "attachment.upload": uploadMatrix,
  "attachment.delete": deleteMatrix,
  "pemdaHead.save": pemdaHeadMatrix,
  "pemdaLogo.upload": pemdaLogoMatrix,
};
