import Decimal from "decimal.js";
import { expect } from "vitest";
import { formatNumber } from "@/lib/format";
import type { LaporanStatus } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { type ActorKey, setLaporanStatus, type SubKegiatanRef, tally } from "../fixtures";
import {
  OK,
  NF,
  FB,
  IV,
  LK,
  type Outcome,
  fx,
  addedIds,
  next,
  counted,
  type MatrixGroup,
  matrix,
} from "./harness";

/** Permission matrix, entry group (see ./harness.ts). Entry of the year's figures and texts: realisasi (per item and the quarterly grid), indicators and their targets, the narrative. */

// --- realisasiAnggaran.save: plan:edit, scoped to the OPD and, for limited planners, the bidang.

type RealisasiTarget = SubKegiatanRef & { period: "TAHUNAN" | "TW1"; lkip?: LaporanStatus };

const realisasiMatrix = matrix({
  targets: {
    "sub kegiatan of bidang rehabilitasi": (): RealisasiTarget => ({
      ...fx.a.dinsos.subRehsos,
      period: "TAHUNAN",
    }),
    "sub kegiatan of bidang rehabilitasi, LKIP submitted": (): RealisasiTarget => ({
      ...fx.a.dinsos.subRehsos,
      period: "TAHUNAN",
      lkip: "DIAJUKAN",
    }),
    "sub kegiatan of the sekretariat": (): RealisasiTarget => ({
      ...fx.a.dinsos.subSekretariat,
      period: "TAHUNAN",
    }),
    "dinsos sub kegiatan of no bidang": (): RealisasiTarget => ({
      ...fx.a.dinsos.subNoBidang,
      period: "TW1",
    }),
    "sub kegiatan of dinkes (other OPD)": (): RealisasiTarget => ({ ...fx.a.dinkes.sub, period: "TW1" }),
    "sub kegiatan of Cilegon (other region)": (): RealisasiTarget => ({ ...fx.b.dinsos.sub, period: "TW1" }),
  },
  async prepare(sub) {
    await setLaporanStatus(sub.laporanId, sub.lkip ?? "DRAFT");
    const before = await db.realisasiAnggaran.findFirst({
      where: { subKegiatanId: sub.id, period: sub.period },
    });
    const amount = new Decimal(1_000_000 + next() * 1_000);
    return {
      input: {
        subKegiatanId: sub.id,
        period: sub.period,
        amount: formatNumber(amount, 0),
        version: before?.version ?? null,
      },
      state: { before, amount: amount.toString() },
    };
  },
  // prettier-ignore
  expected: {
    //                 rehsos  locked  sekret  noBid   dinkes  Cilegon
    adminA:           [FB,     FB,     FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     FB,     FB,     NF,     NF],
    perencanaA:       [OK,     LK,     OK,     OK,     NF,     NF],
    perencanaRehsosA: [OK,     LK,     NF,     NF,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     NF,     NF,     OK],
    inspektoratB:     [NF,     NF,     NF,     NF,     NF,     FB],
  },
  async verify({ target, state: { before, amount }, changes, audit }) {
    expect(tally(changes)).toEqual({ RealisasiAnggaran: before ? "~1" : "+1", AuditLog: "+1" });
    const stored = await db.realisasiAnggaran.findFirstOrThrow({
      where: { subKegiatanId: target.id, period: target.period },
    });
    expect(stored.amount.toString()).toBe(amount);
    expect(stored.version).toBe((before?.version ?? 0) + 1);
    expect(audit).toMatchObject({
      opdId: target.opdId,
      year: 2022,
      entity: "SubKegiatan",
      entityId: target.id,
      oldValues: { period: target.period, amount: before?.amount.toString() ?? null },
      newValues: { period: target.period, amount },
    });
  },
});

// --- realisasiGrid.save: the quarterly grid of an OPD-year, all cells or none.

type GridTarget = { opdId: string; laporanId: string; subs: SubKegiatanRef[]; lkip?: LaporanStatus };

const dinsosYear = () => ({ opdId: fx.a.dinsos.opdId, laporanId: fx.a.dinsos.laporanId });

const gridMatrix = matrix({
  targets: {
    "dinsos grid, a rehabilitasi row": (): GridTarget => ({
      ...dinsosYear(),
      subs: [fx.a.dinsos.quarterlyRehsos],
    }),
    "dinsos grid, a sekretariat row": (): GridTarget => ({
      ...dinsosYear(),
      subs: [fx.a.dinsos.quarterlySekretariat],
    }),
    "dinsos grid, a rehabilitasi and a sekretariat row": (): GridTarget => ({
      ...dinsosYear(),
      subs: [fx.a.dinsos.quarterlyRehsos, fx.a.dinsos.quarterlySekretariat],
    }),
    "dinsos grid, LKIP submitted": (): GridTarget => ({
      ...dinsosYear(),
      subs: [fx.a.dinsos.quarterlyRehsos],
      lkip: "DIAJUKAN",
    }),
    "dinkes grid (other OPD)": (): GridTarget => ({
      opdId: fx.a.dinkes.opdId,
      laporanId: fx.a.dinkes.laporanId,
      subs: [fx.a.dinkes.sub],
    }),
    "dinsos grid with a dinkes row": (): GridTarget => ({ ...dinsosYear(), subs: [fx.a.dinkes.sub] }),
    "Cilegon grid (other region)": (): GridTarget => ({
      opdId: fx.b.dinsos.opdId,
      laporanId: fx.b.dinsos.laporanId,
      subs: [fx.b.dinsos.sub],
    }),
  },
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const rows = [];
    for (const [index, sub] of target.subs.entries()) {
      const stored = await db.realisasiAnggaran.findFirst({
        where: { subKegiatanId: sub.id, period: "TW1" },
      });
      const amount = new Decimal(2_000_000 + next() * 1_000);
      const cell = {
        key: `anggaran:${sub.id}`,
        text: formatNumber(amount, 0),
        version: stored?.version ?? null,
        row: index + 1,
      };
      rows.push({ sub, stored, amount: amount.toString(), cell });
    }
    return {
      input: { opdId: target.opdId, year: 2022, quarter: 1, cells: rows.map((r) => r.cell) },
      state: rows,
    };
  },
  // prettier-ignore
  expected: {
    //                 rehsos  sekret  both    locked  dinkes  mixed   Cilegon
    adminA:           [FB,     FB,     FB,     FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     FB,     FB,     NF,     FB,     NF],
    perencanaA:       [OK,     OK,     OK,     LK,     NF,     NF,     NF],
    perencanaRehsosA: [OK,     NF,     NF,     LK,     NF,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     NF,     NF,     NF,     OK],
    inspektoratB:     [NF,     NF,     NF,     NF,     NF,     NF,     FB],
  },
  audits: (target) => target.subs.length,
  async verify({ state, changes, audits }) {
    const created = state.filter((r) => r.stored === null).length;
    expect(tally(changes)).toEqual({
      RealisasiAnggaran: counted(created, state.length - created),
      AuditLog: counted(state.length),
    });
    for (const [index, { sub, stored, amount }] of state.entries()) {
      const row = await db.realisasiAnggaran.findFirstOrThrow({
        where: { subKegiatanId: sub.id, period: "TW1" },
      });
      expect(row.amount.toString()).toBe(amount);
      expect(audits[index]).toMatchObject({
        opdId: sub.opdId,
        year: 2022,
        entity: "SubKegiatan",
        entityId: sub.id,
        oldValues: { period: "TW1", amount: stored?.amount.toString() ?? null },
        newValues: { period: "TW1", amount },
      });
    }
  },
});

// --- rencanaAksi.save: the rencana aksi of an OPD-year, scoped like the grid; locked once the PK is signed.

type RencanaTarget = GridTarget & { signed?: boolean };

const rencanaAksiMatrix = matrix({
  targets: {
    "dinsos plan, a rehabilitasi row": (): RencanaTarget => ({
      ...dinsosYear(),
      subs: [fx.a.dinsos.quarterlyRehsos],
    }),
    "dinsos plan, a sekretariat row": (): RencanaTarget => ({
      ...dinsosYear(),
      subs: [fx.a.dinsos.quarterlySekretariat],
    }),
    "dinsos plan, PK signed": (): RencanaTarget => ({
      ...dinsosYear(),
      subs: [fx.a.dinsos.quarterlyRehsos],
      signed: true,
    }),
    "dinsos plan, LKIP submitted": (): RencanaTarget => ({
      ...dinsosYear(),
      subs: [fx.a.dinsos.quarterlyRehsos],
      lkip: "DIAJUKAN",
    }),
    "dinkes plan (other OPD)": (): RencanaTarget => ({
      opdId: fx.a.dinkes.opdId,
      laporanId: fx.a.dinkes.laporanId,
      subs: [fx.a.dinkes.sub],
    }),
    "dinsos plan with a dinkes row": (): RencanaTarget => ({ ...dinsosYear(), subs: [fx.a.dinkes.sub] }),
    "Cilegon plan (other region)": (): RencanaTarget => ({
      opdId: fx.b.dinsos.opdId,
      laporanId: fx.b.dinsos.laporanId,
      subs: [fx.b.dinsos.sub],
    }),
  },
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    await db.perjanjianKinerja.updateMany({
      where: { opdId: target.opdId, year: 2022 },
      data: { signedAt: target.signed ? new Date("2022-02-01T02:00:00Z") : null },
    });
    const rows = [];
    for (const [index, sub] of target.subs.entries()) {
      const stored = await db.rencanaAksiAnggaran.findFirst({
        where: { subKegiatanId: sub.id, period: "TW2" },
      });
      const amount = new Decimal(4_000_000 + next() * 1_000);
      const cell = {
        key: `anggaran:${sub.id}:2`,
        text: formatNumber(amount, 0),
        version: stored?.version ?? null,
        row: index + 1,
      };
      rows.push({ sub, stored, amount: amount.toString(), cell });
    }
    return { input: { opdId: target.opdId, year: 2022, cells: rows.map((r) => r.cell) }, state: rows };
  },
  // prettier-ignore
  expected: {
    //                 rehsos  sekret  signed  locked  dinkes  mixed   Cilegon
    adminA:           [FB,     FB,     FB,     FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     FB,     FB,     NF,     FB,     NF],
    perencanaA:       [OK,     OK,     LK,     LK,     NF,     NF,     NF],
    perencanaRehsosA: [OK,     NF,     LK,     LK,     NF,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     NF,     NF,     NF,     OK],
    inspektoratB:     [NF,     NF,     NF,     NF,     NF,     NF,     FB],
  },
  audits: (target) => target.subs.length,
  async verify({ state, changes, audits }) {
    const created = state.filter((r) => r.stored === null).length;
    expect(tally(changes)).toEqual({
      RencanaAksiAnggaran: counted(created, state.length - created),
      AuditLog: counted(state.length),
    });
    for (const [index, { sub, stored, amount }] of state.entries()) {
      const row = await db.rencanaAksiAnggaran.findFirstOrThrow({
        where: { subKegiatanId: sub.id, period: "TW2" },
      });
      expect(row.amount.toString()).toBe(amount);
      expect(audits[index]).toMatchObject({
        opdId: sub.opdId,
        year: 2022,
        entity: "SubKegiatan",
        entityId: sub.id,
        oldValues: stored ? { period: "TW2", rencanaDana: stored.amount.toString() } : null,
        newValues: { period: "TW2", rencanaDana: amount },
      });
    }
  },
});

// --- realisasiGrid.delete: "Hapus isian" of one grid entry, scoped like the grid's save.

type DeleteTarget = { sub: SubKegiatanRef; lkip?: LaporanStatus };

const deleteEntryMatrix = matrix({
  targets: {
    "TW1 of a rehabilitasi row": (): DeleteTarget => ({ sub: fx.a.dinsos.quarterlyRehsos }),
    "TW1 of a sekretariat row": (): DeleteTarget => ({ sub: fx.a.dinsos.quarterlySekretariat }),
    "TW1 of a rehabilitasi row, LKIP submitted": (): DeleteTarget => ({
      sub: fx.a.dinsos.quarterlyRehsos,
      lkip: "DIAJUKAN",
    }),
    "TW1 of a dinkes row (other OPD)": (): DeleteTarget => ({ sub: fx.a.dinkes.sub }),
    "TW1 of a Cilegon row (other region)": (): DeleteTarget => ({ sub: fx.b.dinsos.sub }),
  },
  async prepare({ sub, lkip }) {
    await setLaporanStatus(sub.laporanId, lkip ?? "DRAFT");
    const { pemdaId } = await db.subKegiatan.findUniqueOrThrow({ where: { id: sub.id } });
    const amount = String(3_000_000 + next() * 1_000);
    const entry =
      (await db.realisasiAnggaran.findFirst({ where: { subKegiatanId: sub.id, period: "TW1" } })) ??
      (await db.realisasiAnggaran.create({
        data: { pemdaId, subKegiatanId: sub.id, period: "TW1", amount },
      }));
    return {
      input: {
        opdId: sub.opdId,
        year: 2022,
        quarter: 1,
        key: `anggaran:${sub.id}`,
        version: entry.version,
        row: 1,
      },
      state: { amount: entry.amount.toString() },
    };
  },
  // prettier-ignore
  expected: {
    //                 rehsos  sekret  locked  dinkes  Cilegon
    adminA:           [FB,     FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     FB,     NF,     NF],
    perencanaA:       [OK,     OK,     LK,     NF,     NF],
    perencanaRehsosA: [OK,     NF,     LK,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     NF,     OK],
    inspektoratB:     [NF,     NF,     NF,     NF,     FB],
  },
  async verify({ target: { sub }, state: { amount }, changes, audit }) {
    expect(tally(changes)).toEqual({ RealisasiAnggaran: "-1", AuditLog: "+1" });
    expect(await db.realisasiAnggaran.count({ where: { subKegiatanId: sub.id, period: "TW1" } })).toBe(0);
    expect(audit).toMatchObject({
      opdId: sub.opdId,
      year: 2022,
      entity: "SubKegiatan",
      entityId: sub.id,
      oldValues: { period: "TW1", amount },
      newValues: null,
    });
  },
});

// --- indikator.save and targetIndikator.save: scoped by the owner's bidang (Renstra items: whole OPD).

type IndicatorTarget = {
  laporanId: string;
  /** For indikator.save: the owner of a new indicator, or the indicator to edit. */
  owner: { level: "SUB_KEGIATAN" | "SASARAN"; id: string };
  indikatorId: string | null;
  year: number;
  lkip?: LaporanStatus;
};

function indicatorTargets(edit: boolean): Record<string, () => IndicatorTarget> {
  const onSub = (sub: SubKegiatanRef, more: Partial<IndicatorTarget> = {}): IndicatorTarget => ({
    laporanId: sub.laporanId,
    owner: { level: "SUB_KEGIATAN", id: sub.id },
    indikatorId: edit ? sub.indikatorId : null,
    year: 2022,
    ...more,
  });
  const verb = edit ? "targets of the indicator of" : "new indicator on";
  return {
    [`${verb} a rehabilitasi sub kegiatan`]: () => onSub(fx.a.dinsos.quarterlyRehsos),
    [`${verb} a sekretariat sub kegiatan`]: () => onSub(fx.a.dinsos.quarterlySekretariat),
    [edit ? "targets of the dinsos IKU" : "edit the dinsos IKU"]: () => ({
      laporanId: fx.a.dinsos.laporanId,
      owner: { level: "SASARAN", id: fx.a.dinsos.sasaranId },
      indikatorId: fx.a.dinsos.ikuId,
      year: 2022,
    }),
    [`${verb} a rehabilitasi sub kegiatan, for 2023`]: () =>
      onSub(fx.a.dinsos.quarterlyRehsos, { year: 2023 }),
    [`${verb} a rehabilitasi sub kegiatan, LKIP submitted`]: () =>
      onSub(fx.a.dinsos.quarterlyRehsos, { lkip: "DIAJUKAN" }),
    [`${verb} the dinkes sub kegiatan`]: () => onSub(fx.a.dinkes.sub),
    [`${verb} the Cilegon sub kegiatan`]: () => onSub(fx.b.dinsos.sub),
  };
}

// prettier-ignore
const indicatorExpected: Record<ActorKey, Outcome[]> = {
  //                 rehsos  sekret  IKU     2023    locked  dinkes  Cilegon
  adminA:           [FB,     FB,     FB,     FB,     FB,     FB,     NF],
  kepalaA:          [FB,     FB,     FB,     FB,     FB,     NF,     NF],
  perencanaA:       [OK,     OK,     OK,     IV,     LK,     NF,     NF],
  perencanaRehsosA: [OK,     NF,     NF,     IV,     LK,     NF,     NF],
  inspektoratA:     [FB,     FB,     FB,     FB,     FB,     FB,     NF],
  adminB:           [NF,     NF,     NF,     NF,     NF,     NF,     FB],
  kepalaB:          [NF,     NF,     NF,     NF,     NF,     NF,     FB],
  perencanaB:       [NF,     NF,     NF,     NF,     NF,     NF,     OK],
  inspektoratB:     [NF,     NF,     NF,     NF,     NF,     NF,     FB],
};

const indikatorMatrix = matrix({
  targets: indicatorTargets(false),
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const before = target.indikatorId
      ? await db.indikator.findUniqueOrThrow({ where: { id: target.indikatorId } })
      : null;
    const definition = {
      name: `Indikator Uji ${next()}`,
      satuan: "%",
      polarity: "POSITIF",
      calculation: before?.calculation ?? "LANGSUNG",
      numeratorLabel: before?.numeratorLabel ?? "",
      denominatorLabel: before?.denominatorLabel ?? "",
      aggregation: "TERAKHIR",
      isIku: target.owner.level === "SASARAN",
    };
    const input = {
      indikatorId: target.indikatorId,
      ownerLevel: target.owner.level,
      ownerId: target.owner.id,
      year: target.year,
      ...definition,
      version: before?.version ?? null,
    };
    return { input, state: { before, definition } };
  },
  expected: indicatorExpected,
  async verify({ target, state: { before, definition }, changes, audit }) {
    expect(tally(changes)).toEqual({ Indikator: before ? "~1" : "+1", AuditLog: "+1" });
    const id = before?.id ?? addedIds(changes, "Indikator")[0]!;
    const saved = await db.indikator.findUniqueOrThrow({ where: { id } });
    const stored = { ...definition, numeratorLabel: null, denominatorLabel: null };
    expect(saved).toMatchObject({
      ...stored,
      level: target.owner.level,
      version: (before?.version ?? 0) + 1,
    });
    expect(audit).toMatchObject({
      year: 2022,
      entity: "Indikator",
      entityId: id,
      oldValues: before && { name: before.name, isIku: before.isIku },
      newValues: stored,
    });
  },
});

const targetIndikatorMatrix = matrix({
  targets: indicatorTargets(true),
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const indikatorId = target.indikatorId!;
    const before = await db.targetIndikator.findFirst({ where: { indikatorId, year: target.year } });
    const n = next();
    const input = {
      indikatorId,
      year: target.year,
      target: `${n},5`,
      targetUpper: "",
      targetRenstra: `${n + 1}`,
      targetPerubahan: "",
      targetUpperPerubahan: "",
      perubahanReason: "",
      version: before?.version ?? null,
    };
    return { input, state: { before, target: `${n}.5`, targetRenstra: `${n + 1}` } };
  },
  expected: indicatorExpected,
  async verify({ target, state, changes, audit }) {
    expect(tally(changes)).toEqual({ TargetIndikator: state.before ? "~1" : "+1", AuditLog: "+1" });
    const saved = await db.targetIndikator.findFirstOrThrow({
      where: { indikatorId: target.indikatorId!, year: target.year },
    });
    expect(saved.target?.toString()).toBe(state.target);
    expect(saved.targetRenstra?.toString()).toBe(state.targetRenstra);
    expect(audit).toMatchObject({
      year: 2022,
      entity: "Indikator",
      entityId: target.indikatorId,
      oldValues: state.before && { year: 2022, target: state.before.target?.toString() ?? null },
      newValues: {
        year: 2022,
        target: state.target,
        targetRenstra: state.targetRenstra,
        targetPerubahan: null,
      },
    });
  },
});

// --- narrative.save: the LKIP's narrative, written by whole-OPD planners only.

type NarrativeTarget = { laporanId: string; section: "KATA_PENGANTAR" | "KENDALA"; lkip?: LaporanStatus };

const narrativeMatrix = matrix({
  targets: {
    "dinsos Kata Pengantar": (): NarrativeTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      section: "KATA_PENGANTAR",
    }),
    "dinsos Kendala (no text yet)": (): NarrativeTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      section: "KENDALA",
    }),
    "dinsos Kata Pengantar, LKIP submitted": (): NarrativeTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      section: "KATA_PENGANTAR",
      lkip: "DIAJUKAN",
    }),
    "dinkes Kata Pengantar": (): NarrativeTarget => ({
      laporanId: fx.a.dinkes.laporanId,
      section: "KATA_PENGANTAR",
    }),
    "Cilegon Kata Pengantar": (): NarrativeTarget => ({
      laporanId: fx.b.dinsos.laporanId,
      section: "KATA_PENGANTAR",
    }),
  },
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const before = await db.narrative.findFirst({
      where: { laporanId: target.laporanId, section: target.section, sasaranId: null },
    });
    const body = `Teks uji ${next()}.`;
    const input = {
      laporanId: target.laporanId,
      section: target.section,
      sasaranId: null,
      body,
      version: before?.version ?? null,
    };
    return { input, state: { before } };
  },
  // prettier-ignore
  expected: {
    //                 pengantar kendala locked  dinkes  Cilegon
    adminA:           [FB,       FB,     FB,     FB,     NF],
    kepalaA:          [FB,       FB,     FB,     NF,     NF],
    perencanaA:       [OK,       OK,     LK,     NF,     NF],
    perencanaRehsosA: [NF,       NF,     NF,     NF,     NF],
    inspektoratA:     [FB,       FB,     FB,     FB,     NF],
    adminB:           [NF,       NF,     NF,     NF,     FB],
    kepalaB:          [NF,       NF,     NF,     NF,     FB],
    perencanaB:       [NF,       NF,     NF,     NF,     OK],
    inspektoratB:     [NF,       NF,     NF,     NF,     FB],
  },
  async verify({ target, input, state: { before }, changes, audit }) {
    expect(tally(changes)).toEqual({ Narrative: before ? "~1" : "+1", AuditLog: "+1" });
    const saved = await db.narrative.findFirstOrThrow({
      where: { laporanId: target.laporanId, section: target.section, sasaranId: null },
    });
    expect(saved).toMatchObject({ body: input.body, version: (before?.version ?? 0) + 1 });
    expect(audit).toMatchObject({
      year: 2022,
      entity: "Narrative",
      entityId: saved.id,
      oldValues: before && { section: target.section, sasaranId: null, body: before.body },
      newValues: { section: target.section, sasaranId: null, body: input.body },
    });
  },
});

/** The tables of this group, keyed by mutation name. */
export const entryMatrices: MatrixGroup = {
  "realisasiAnggaran.save": realisasiMatrix,
  "realisasiGrid.save": gridMatrix,
  "realisasiGrid.delete": deleteEntryMatrix,
  "rencanaAksi.save": rencanaAksiMatrix,
  "indikator.save": indikatorMatrix,
  "targetIndikator.save": targetIndikatorMatrix,
  "narrative.save": narrativeMatrix,
};
