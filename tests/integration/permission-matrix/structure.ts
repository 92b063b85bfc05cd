import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { expect } from "vitest";
import { formatNumber } from "@/lib/format";
import type { LaporanStatus } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { exportTemplate } from "@/lib/server/xlsx/export-template";
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
  newKode,
  counted,
  type MatrixGroup,
  matrix,
} from "./harness";

/** Permission matrix, structure group (see ./harness.ts). The plan structure: program, kegiatan, sub kegiatan and rekening, deleting and copying it, the Renstra, the spreadsheet import. */

// --- program.save, kegiatan.save, subKegiatan.save: the plan structure, scoped by bidang.

/** An item to edit (`id`, owned by `owner`) or to create (`id` null); `bidangId`: what the input sets. */
type PlanItemTarget = {
  laporanId: string;
  parentId: string;
  id: string | null;
  owner?: string | null;
  bidangId: string | null;
  lkip?: LaporanStatus;
};

const rehsosId = () => fx.a.dinsos.bidangRehsosId;
const sekretariatId = () => fx.a.dinsos.bidangSekretariatId;

/** The columns shared by the three structure levels; `item` picks the level's fixture rows. */
function planItemTargets(item: {
  rehsos: () => { parentId: string; id: string };
  sekretariat: () => { parentId: string; id: string };
  dinkes: () => { parentId: string };
  cilegon: () => { parentId: string };
  newWithoutRehsos: { label: string; bidangId: () => string | null };
}): Record<string, () => PlanItemTarget> {
  const a = () => ({ laporanId: fx.a.dinsos.laporanId });
  return {
    "edit, rehabilitasi": () => ({ ...a(), ...item.rehsos(), owner: rehsosId(), bidangId: rehsosId() }),
    "edit, sekretariat": () => ({
      ...a(),
      ...item.sekretariat(),
      owner: sekretariatId(),
      bidangId: sekretariatId(),
    }),
    "edit, moving rehabilitasi to the sekretariat": () => ({
      ...a(),
      ...item.rehsos(),
      owner: rehsosId(),
      bidangId: sekretariatId(),
    }),
    "new, rehabilitasi": () => ({ ...a(), parentId: item.rehsos().parentId, id: null, bidangId: rehsosId() }),
    [item.newWithoutRehsos.label]: () => ({
      ...a(),
      parentId: item.rehsos().parentId,
      id: null,
      bidangId: item.newWithoutRehsos.bidangId(),
    }),
    "edit, rehabilitasi, LKIP submitted": () => ({
      ...a(),
      ...item.rehsos(),
      owner: rehsosId(),
      bidangId: rehsosId(),
      lkip: "DIAJUKAN",
    }),
    "new, dinkes (other OPD)": () => ({
      laporanId: fx.a.dinkes.laporanId,
      ...item.dinkes(),
      id: null,
      bidangId: fx.a.dinkes.bidangId,
    }),
    "new, Cilegon (other region)": () => ({
      laporanId: fx.b.dinsos.laporanId,
      ...item.cilegon(),
      id: null,
      bidangId: fx.b.dinsos.bidangId,
    }),
  };
}

/** Same for the three levels: the planner of the bidang or of the whole OPD, in their own region. */
// prettier-ignore
const planItemExpected: Record<ActorKey, Outcome[]> = {
  //                 rehsos  sekret  move    new     newOut  locked  dinkes  Cilegon
  adminA:           [FB,     FB,     FB,     FB,     FB,     FB,     FB,     NF],
  kepalaA:          [FB,     FB,     FB,     FB,     FB,     FB,     NF,     NF],
  perencanaA:       [OK,     OK,     OK,     OK,     OK,     LK,     NF,     NF],
  perencanaRehsosA: [OK,     NF,     NF,     OK,     NF,     LK,     NF,     NF],
  inspektoratA:     [FB,     FB,     FB,     FB,     FB,     FB,     FB,     NF],
  adminB:           [NF,     NF,     NF,     NF,     NF,     NF,     NF,     FB],
  kepalaB:          [NF,     NF,     NF,     NF,     NF,     NF,     NF,     FB],
  perencanaB:       [NF,     NF,     NF,     NF,     NF,     NF,     NF,     OK],
  inspektoratB:     [NF,     NF,     NF,     NF,     NF,     NF,     NF,     FB],
};

const programMatrix = matrix({
  targets: planItemTargets({
    rehsos: () => ({ parentId: fx.a.dinsos.opdId, id: fx.a.dinsos.quarterlyRehsos.programId }),
    sekretariat: () => ({ parentId: fx.a.dinsos.opdId, id: fx.a.dinsos.quarterlySekretariat.programId }),
    dinkes: () => ({ parentId: fx.a.dinkes.opdId }),
    cilegon: () => ({ parentId: fx.b.dinsos.opdId }),
    newWithoutRehsos: { label: "new, without bidang", bidangId: () => null },
  }),
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const before =
      target.id === null
        ? null
        : await db.program.update({ where: { id: target.id }, data: { bidangId: target.owner } });
    const name = `Program Uji ${next()}`;
    const input = {
      id: target.id,
      version: before?.version ?? null,
      opdId: target.parentId,
      year: 2022,
      code: before?.code ?? newKode.program(),
      name,
      bidangId: target.bidangId,
      sasaranProgram: before?.sasaranProgram ?? null,
      sasaranId: before?.sasaranId ?? null,
    };
    return { input, state: { before } };
  },
  expected: planItemExpected,
  async verify({ input, state: { before }, changes, audit }) {
    expect(tally(changes)).toEqual({ Program: before ? "~1" : "+1", AuditLog: "+1" });
    const id = before?.id ?? addedIds(changes, "Program")[0]!;
    const values = ["code", "name", "bidangId", "sasaranProgram", "sasaranId"] as const;
    const pick = (row: Record<(typeof values)[number], unknown>) =>
      Object.fromEntries(values.map((key) => [key, row[key]]));
    const saved = await db.program.findUniqueOrThrow({ where: { id } });
    expect(pick(saved)).toEqual(pick(input));
    expect(saved.version).toBe((before?.version ?? 0) + 1);
    expect(audit).toMatchObject({
      opdId: input.opdId,
      year: 2022,
      entity: "Program",
      entityId: id,
      oldValues: before && pick(before),
      newValues: pick(input),
    });
  },
});

const kegiatanMatrix = matrix({
  targets: planItemTargets({
    rehsos: () => ({
      parentId: fx.a.dinsos.quarterlyRehsos.programId,
      id: fx.a.dinsos.quarterlyRehsos.kegiatanId,
    }),
    sekretariat: () => ({
      parentId: fx.a.dinsos.quarterlySekretariat.programId,
      id: fx.a.dinsos.quarterlySekretariat.kegiatanId,
    }),
    dinkes: () => ({ parentId: fx.a.dinkes.programId }),
    cilegon: () => ({ parentId: fx.b.dinsos.programId }),
    newWithoutRehsos: {
      label: "new, of the sekretariat under a rehabilitasi program",
      bidangId: sekretariatId,
    },
  }),
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const before =
      target.id === null
        ? null
        : await db.kegiatan.update({ where: { id: target.id }, data: { bidangId: target.owner } });
    const program = await db.program.findUniqueOrThrow({ where: { id: target.parentId } });
    const input = {
      id: target.id,
      version: before?.version ?? null,
      programId: program.id,
      code: before?.code ?? newKode.kegiatan(program.code),
      name: `Kegiatan Uji ${next()}`,
      bidangId: target.bidangId,
    };
    return { input, state: { before, opdId: program.opdId } };
  },
  expected: planItemExpected,
  async verify({ input, state: { before, opdId }, changes, audit }) {
    expect(tally(changes)).toEqual({ Kegiatan: before ? "~1" : "+1", AuditLog: "+1" });
    const id = before?.id ?? addedIds(changes, "Kegiatan")[0]!;
    const saved = await db.kegiatan.findUniqueOrThrow({ where: { id } });
    const values = { code: input.code, name: input.name, bidangId: input.bidangId };
    expect(saved).toMatchObject({
      ...values,
      programId: input.programId,
      version: (before?.version ?? 0) + 1,
    });
    expect(audit).toMatchObject({
      opdId,
      year: 2022,
      entity: "Kegiatan",
      entityId: id,
      oldValues: before && { code: before.code, name: before.name, bidangId: before.bidangId },
      newValues: values,
    });
  },
});

const subKegiatanMatrix = matrix({
  targets: planItemTargets({
    rehsos: () => ({ parentId: fx.a.dinsos.quarterlyRehsos.kegiatanId, id: fx.a.dinsos.quarterlyRehsos.id }),
    sekretariat: () => ({
      parentId: fx.a.dinsos.quarterlySekretariat.kegiatanId,
      id: fx.a.dinsos.quarterlySekretariat.id,
    }),
    dinkes: () => ({ parentId: fx.a.dinkes.sub.kegiatanId }),
    cilegon: () => ({ parentId: fx.b.dinsos.sub.kegiatanId }),
    newWithoutRehsos: { label: "new, without bidang under a rehabilitasi kegiatan", bidangId: () => null },
  }),
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const before =
      target.id === null
        ? null
        : await db.subKegiatan.update({ where: { id: target.id }, data: { bidangId: target.owner } });
    const kegiatan = await db.kegiatan.findUniqueOrThrow({ where: { id: target.parentId } });
    const n = next();
    const input = {
      id: target.id,
      version: before?.version ?? null,
      kegiatanId: kegiatan.id,
      code: before?.code ?? newKode.subKegiatan(kegiatan.code),
      name: `Sub Kegiatan Uji ${n}`,
      bidangId: target.bidangId,
      paguAwal: formatNumber(new Decimal(100_000_000 + n * 1_000), 0),
      paguPerubahan: null,
    };
    return { input, state: { before, opdId: kegiatan.opdId, paguAwal: `${100_000_000 + n * 1_000}.00` } };
  },
  expected: planItemExpected,
  async verify({ input, state: { before, opdId, paguAwal }, changes, audit }) {
    expect(tally(changes)).toEqual({ SubKegiatan: before ? "~1" : "+1", AuditLog: "+1" });
    const id = before?.id ?? addedIds(changes, "SubKegiatan")[0]!;
    const saved = await db.subKegiatan.findUniqueOrThrow({ where: { id } });
    const values = { code: input.code, name: input.name, bidangId: input.bidangId };
    expect(saved).toMatchObject({
      ...values,
      kegiatanId: input.kegiatanId,
      version: (before?.version ?? 0) + 1,
    });
    expect(saved.paguAwal?.toFixed(2)).toBe(paguAwal);
    expect(audit).toMatchObject({
      opdId,
      year: 2022,
      entity: "SubKegiatan",
      entityId: id,
      oldValues: before && {
        code: before.code,
        name: before.name,
        paguAwal: before.paguAwal?.toFixed(2) ?? null,
      },
      newValues: { ...values, paguAwal, paguPerubahan: null },
    });
  },
});

// --- rekening.save: lines of a sub kegiatan, scoped by the sub kegiatan's bidang.

type RekeningTarget = { sub: SubKegiatanRef; rekeningId: string | null; lkip?: LaporanStatus };

const rekeningMatrix = matrix({
  targets: {
    "new line, rehabilitasi sub kegiatan": (): RekeningTarget => ({
      sub: fx.a.dinsos.rekeningRehsos.sub,
      rekeningId: null,
    }),
    "edit a line, rehabilitasi sub kegiatan": (): RekeningTarget => fx.a.dinsos.rekeningRehsos,
    "new line, sekretariat sub kegiatan": (): RekeningTarget => ({
      sub: fx.a.dinsos.rekeningSekretariat.sub,
      rekeningId: null,
    }),
    "first line over realisasi already entered": (): RekeningTarget => ({
      sub: fx.a.dinsos.subRehsos,
      rekeningId: null,
    }),
    "new line, rehabilitasi sub kegiatan, LKIP submitted": (): RekeningTarget => ({
      sub: fx.a.dinsos.rekeningRehsos.sub,
      rekeningId: null,
      lkip: "DIAJUKAN",
    }),
    "new line, dinkes sub kegiatan": (): RekeningTarget => ({
      sub: fx.a.dinkes.rekening.sub,
      rekeningId: null,
    }),
    "new line, Cilegon sub kegiatan": (): RekeningTarget => ({
      sub: fx.b.dinsos.rekening.sub,
      rekeningId: null,
    }),
  },
  async prepare(target) {
    await setLaporanStatus(target.sub.laporanId, target.lkip ?? "DRAFT");
    const before = target.rekeningId
      ? await db.rekeningBelanja.findUniqueOrThrow({ where: { id: target.rekeningId } })
      : null;
    const n = next();
    const input = {
      id: target.rekeningId,
      version: before?.version ?? null,
      subKegiatanId: target.sub.id,
      code: before?.code ?? newKode.rekening(),
      name: `Belanja Uji ${n}`,
      paguAwal: formatNumber(new Decimal(10_000_000 + n * 1_000), 0),
      paguPerubahan: null,
    };
    return { input, state: { before, paguAwal: `${10_000_000 + n * 1_000}.00` } };
  },
  // prettier-ignore
  expected: {
    //                 new     edit    sekret  overRea locked  dinkes  Cilegon
    adminA:           [FB,     FB,     FB,     FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     FB,     FB,     FB,     NF,     NF],
    perencanaA:       [OK,     OK,     OK,     IV,     LK,     NF,     NF],
    perencanaRehsosA: [OK,     OK,     NF,     IV,     LK,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     NF,     NF,     NF,     OK],
    inspektoratB:     [NF,     NF,     NF,     NF,     NF,     NF,     FB],
  },
  async verify({ target, input, state: { before, paguAwal }, changes, audit }) {
    expect(tally(changes)).toEqual({ RekeningBelanja: before ? "~1" : "+1", AuditLog: "+1" });
    const id = before?.id ?? addedIds(changes, "RekeningBelanja")[0]!;
    const saved = await db.rekeningBelanja.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ subKegiatanId: target.sub.id, code: input.code, name: input.name });
    expect(saved.paguAwal.toFixed(2)).toBe(paguAwal);
    expect(audit).toMatchObject({
      opdId: target.sub.opdId,
      year: 2022,
      entity: "RekeningBelanja",
      entityId: id,
      oldValues: before && { code: before.code, name: before.name, paguAwal: before.paguAwal.toFixed(2) },
      newValues: { code: input.code, name: input.name, paguAwal, paguPerubahan: null },
    });
  },
});

// --- structure.delete: an empty item of the planner's bidang; never one with children or realisasi.

/** `kegiatanId`: a fresh empty sub kegiatan is created under it for the case; else `item` is deleted. */
type DeleteTarget = {
  laporanId: string;
  kegiatanId?: string;
  item?: { level: "SUB_KEGIATAN" | "KEGIATAN"; id: string };
  lkip?: LaporanStatus;
};

const deleteMatrix = matrix({
  targets: {
    "an empty rehabilitasi sub kegiatan": (): DeleteTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      kegiatanId: fx.a.dinsos.quarterlyRehsos.kegiatanId,
    }),
    "an empty sekretariat sub kegiatan": (): DeleteTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      kegiatanId: fx.a.dinsos.quarterlySekretariat.kegiatanId,
    }),
    "a rehabilitasi sub kegiatan with realisasi": (): DeleteTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      item: { level: "SUB_KEGIATAN", id: fx.a.dinsos.subRehsos.id },
    }),
    "a rehabilitasi kegiatan with sub kegiatan": (): DeleteTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      item: { level: "KEGIATAN", id: fx.a.dinsos.subRehsos.kegiatanId },
    }),
    "an empty rehabilitasi sub kegiatan, LKIP submitted": (): DeleteTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      kegiatanId: fx.a.dinsos.quarterlyRehsos.kegiatanId,
      lkip: "DIAJUKAN",
    }),
    "an empty dinkes sub kegiatan": (): DeleteTarget => ({
      laporanId: fx.a.dinkes.laporanId,
      kegiatanId: fx.a.dinkes.sub.kegiatanId,
    }),
    "an empty Cilegon sub kegiatan": (): DeleteTarget => ({
      laporanId: fx.b.dinsos.laporanId,
      kegiatanId: fx.b.dinsos.sub.kegiatanId,
    }),
  },
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    let item = target.item;
    if (target.kegiatanId) {
      const kegiatan = await db.kegiatan.findUniqueOrThrow({ where: { id: target.kegiatanId } });
      const { pemdaId, opdId, year, bidangId } = kegiatan;
      const sub = await db.subKegiatan.create({
        data: {
          ...{ pemdaId, opdId, year, bidangId, kegiatanId: kegiatan.id },
          code: newKode.subKegiatan(kegiatan.code),
          name: `Sub Kegiatan Keliru ${next()}`,
        },
      });
      item = { level: "SUB_KEGIATAN", id: sub.id };
    }
    const row =
      item!.level === "KEGIATAN"
        ? await db.kegiatan.findUniqueOrThrow({ where: { id: item!.id } })
        : await db.subKegiatan.findUniqueOrThrow({ where: { id: item!.id } });
    return { input: { ...item!, version: row.version }, state: { row } };
  },
  // prettier-ignore
  expected: {
    //                 rehsos  sekret  withRea withSub locked  dinkes  Cilegon
    adminA:           [FB,     FB,     FB,     FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     FB,     FB,     FB,     NF,     NF],
    perencanaA:       [OK,     OK,     IV,     IV,     LK,     NF,     NF],
    perencanaRehsosA: [OK,     NF,     IV,     IV,     LK,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     NF,     NF,     NF,     OK],
    inspektoratB:     [NF,     NF,     NF,     NF,     NF,     NF,     FB],
  },
  async verify({ input, state: { row }, changes, audit }) {
    expect(tally(changes)).toEqual({ SubKegiatan: "-1", AuditLog: "+1" });
    expect(changes.removed).toEqual([`SubKegiatan:${input.id}`]);
    expect(audit).toMatchObject({
      opdId: row.opdId,
      year: 2022,
      entity: "SubKegiatan",
      entityId: input.id,
      oldValues: { level: "sub kegiatan", code: row.code, name: row.name, bidangId: row.bidangId },
      newValues: null,
    });
  },
});

// --- structure.copyYear: opens a new year from an OPD-year's structure (whole-OPD planners only).

type CopyTarget = { opdId: string; fromYear: number; toYearOpened?: boolean };
let nextYear = 2030;

const copyYearMatrix = matrix({
  targets: {
    "dinsos 2022 into a new year": (): CopyTarget => ({ opdId: fx.a.dinsos.opdId, fromYear: 2022 }),
    "dinsos 2022 into a year already opened": (): CopyTarget => ({
      opdId: fx.a.dinsos.opdId,
      fromYear: 2022,
      toYearOpened: true,
    }),
    "dinsos from a year never opened (2019)": (): CopyTarget => ({
      opdId: fx.a.dinsos.opdId,
      fromYear: 2019,
    }),
    "dinkes 2022 into a new year": (): CopyTarget => ({ opdId: fx.a.dinkes.opdId, fromYear: 2022 }),
    "Cilegon 2022 into a new year": (): CopyTarget => ({ opdId: fx.b.dinsos.opdId, fromYear: 2022 }),
  },
  async prepare(target) {
    const toYear = nextYear++;
    if (target.toYearOpened) {
      const { pemdaId } = await db.perangkatDaerah.findUniqueOrThrow({ where: { id: target.opdId } });
      await db.laporanKinerja.create({ data: { pemdaId, opdId: target.opdId, year: toYear } });
    }
    const ofYear = { opdId: target.opdId, year: target.fromYear };
    const source = {
      program: await db.program.count({ where: ofYear }),
      kegiatan: await db.kegiatan.count({ where: ofYear }),
      subKegiatan: await db.subKegiatan.count({ where: ofYear }),
      rekening: await db.rekeningBelanja.count({ where: { subKegiatan: ofYear } }),
      indikator: await db.indikator.count({
        where: { OR: [{ program: ofYear }, { kegiatan: ofYear }, { subKegiatan: ofYear }] },
      }),
    };
    const input = { opdId: target.opdId, fromYear: target.fromYear, toYear, includePagu: false };
    return { input, state: { source } };
  },
  // prettier-ignore
  expected: {
    //                 dinsos  opened  never   dinkes  Cilegon
    adminA:           [FB,     FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     FB,     NF,     NF],
    perencanaA:       [OK,     IV,     NF,     NF,     NF],
    perencanaRehsosA: [FB,     FB,     FB,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     NF,     OK],
    inspektoratB:     [NF,     NF,     NF,     NF,     FB],
  },
  async verify({ input, state: { source }, changes, audit }) {
    const plus = (n: number) => (n > 0 ? counted(n) : undefined);
    const expected = {
      LaporanKinerja: "+1",
      Program: plus(source.program),
      Kegiatan: plus(source.kegiatan),
      SubKegiatan: plus(source.subKegiatan),
      RekeningBelanja: plus(source.rekening),
      Indikator: plus(source.indikator),
      AuditLog: "+1",
    };
    expect(tally(changes)).toEqual(Object.fromEntries(Object.entries(expected).filter(([, v]) => v)));
    const [laporanId] = addedIds(changes, "LaporanKinerja");
    expect(await db.laporanKinerja.findUniqueOrThrow({ where: { id: laporanId } })).toMatchObject({
      opdId: input.opdId,
      year: input.toYear,
      status: "DRAFT",
    });
    expect(audit).toMatchObject({
      opdId: input.opdId,
      year: input.toYear,
      entity: "LaporanKinerja",
      entityId: laporanId,
      oldValues: null,
      newValues: { fromYear: 2022, toYear: input.toYear, includePagu: false, ...source },
    });
  },
});

// --- renstra.save: tujuan and sasaran strategis of the Renstra covering the year (whole-OPD planners only).

type RenstraTarget = {
  laporanId: string;
  opdId: string;
  level: "TUJUAN" | "SASARAN";
  /** Edit the demo Renstra's tujuan T1 or sasaran S1.1 (of the IKU); otherwise create one. */
  edit: boolean;
  year: number;
  lkip?: LaporanStatus;
};

/** The Renstra 2021–2026 of an OPD (the demo has one for Dinas Sosial; the fixture OPDs get one here). */
async function renstraPeriodeOf(opdId: string) {
  const { pemdaId } = await db.perangkatDaerah.findUniqueOrThrow({ where: { id: opdId } });
  return db.periode.upsert({
    where: { opdId_startYear: { opdId, startYear: 2021 } },
    create: { pemdaId, opdId, startYear: 2021, endYear: 2026 },
    update: {},
  });
}

type RenstraInput = {
  level: "TUJUAN" | "SASARAN";
  id: string | null;
  version: number | null;
  opdId: string;
  year: number;
  code: string;
  text: string;
  misiId?: string | null;
  tujuanId?: string;
};
type RenstraState = {
  before: {
    id: string;
    version: number;
    code: string;
    text: string;
    misiId?: string | null;
    tujuanId?: string;
  } | null;
  periodeId: string;
};

const demoSasaran = () => db.sasaran.findUniqueOrThrow({ where: { id: fx.a.dinsos.sasaranId } });

const renstraMatrix = matrix({
  targets: {
    "edit the dinsos tujuan": (): RenstraTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      level: "TUJUAN",
      edit: true,
      year: 2022,
    }),
    "edit the dinsos sasaran (of the IKU)": (): RenstraTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      level: "SASARAN",
      edit: true,
      year: 2022,
    }),
    "new tujuan, dinsos": (): RenstraTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      level: "TUJUAN",
      edit: false,
      year: 2022,
    }),
    "new sasaran under the dinsos tujuan": (): RenstraTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      level: "SASARAN",
      edit: false,
      year: 2022,
    }),
    "new tujuan, dinsos, for 2027 (outside the Renstra)": (): RenstraTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      level: "TUJUAN",
      edit: false,
      year: 2027,
    }),
    "edit the dinsos tujuan, LKIP submitted": (): RenstraTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      level: "TUJUAN",
      edit: true,
      year: 2022,
      lkip: "DIAJUKAN",
    }),
    "new tujuan, dinkes (other OPD)": (): RenstraTarget => ({
      laporanId: fx.a.dinkes.laporanId,
      opdId: fx.a.dinkes.opdId,
      level: "TUJUAN",
      edit: false,
      year: 2022,
    }),
    "new tujuan, Cilegon (other region)": (): RenstraTarget => ({
      laporanId: fx.b.dinsos.laporanId,
      opdId: fx.b.dinsos.opdId,
      level: "TUJUAN",
      edit: false,
      year: 2022,
    }),
  },
  async prepare(target): Promise<{ input: RenstraInput; state: RenstraState }> {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const periode = await renstraPeriodeOf(target.opdId);
    const { tujuanId: demoTujuanId } = await demoSasaran();
    const n = next();
    const before: RenstraState["before"] = !target.edit
      ? null
      : target.level === "TUJUAN"
        ? await db.tujuan.findUniqueOrThrow({ where: { id: demoTujuanId } })
        : await demoSasaran();
    const common = {
      level: target.level,
      id: before?.id ?? null,
      version: before?.version ?? null,
      opdId: target.opdId,
      year: target.year,
    };
    const input: RenstraInput =
      target.level === "TUJUAN"
        ? {
            ...common,
            code: before?.code ?? `T${100 + n}`,
            text: `Tujuan Uji ${n}`,
            misiId: before?.misiId ?? null,
          }
        : {
            ...common,
            code: before?.code ?? `S${100 + n}`,
            text: `Sasaran Uji ${n}`,
            tujuanId: demoTujuanId,
          };
    return { input, state: { before, periodeId: periode.id } };
  },
  // prettier-ignore
  expected: {
    //                 tujuan  sasaran newTuj  newSas  2027    locked  dinkes  Cilegon
    adminA:           [FB,     FB,     FB,     FB,     FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     FB,     FB,     FB,     FB,     NF,     NF],
    perencanaA:       [OK,     OK,     OK,     OK,     IV,     LK,     NF,     NF],
    perencanaRehsosA: [NF,     NF,     NF,     NF,     NF,     NF,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     FB,     FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     NF,     NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     NF,     NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     NF,     NF,     NF,     NF,     OK],
    inspektoratB:     [NF,     NF,     NF,     NF,     NF,     NF,     NF,     FB],
  },
  async verify({ target, input, state: { before, periodeId }, changes, audit }) {
    const table = target.level === "TUJUAN" ? "Tujuan" : "Sasaran";
    expect(tally(changes)).toEqual({ [table]: before ? "~1" : "+1", AuditLog: "+1" });
    const id = before?.id ?? addedIds(changes, table)[0]!;
    const values = ["code", "text", target.level === "TUJUAN" ? "misiId" : "tujuanId"] as const;
    const pick = (row: Record<string, unknown>) => Object.fromEntries(values.map((key) => [key, row[key]]));
    const saved =
      target.level === "TUJUAN"
        ? await db.tujuan.findUniqueOrThrow({ where: { id } })
        : await db.sasaran.findUniqueOrThrow({ where: { id } });
    expect(pick(saved)).toEqual(pick(input));
    expect(saved.version).toBe((before?.version ?? 0) + 1);
    const periodeOfSaved =
      "periodeId" in saved
        ? saved.periodeId
        : (await db.tujuan.findUniqueOrThrow({ where: { id: saved.tujuanId } })).periodeId;
    expect(periodeOfSaved).toBe(periodeId);
    expect(audit).toMatchObject({
      opdId: target.opdId,
      year: 2022,
      entity: table,
      entityId: id,
      oldValues: before && pick(before),
      newValues: pick(input),
    });
  },
});

// --- xlsx.import: plan:import (planners and admins) on an open year; a limited planner's rows only.

type ImportTarget = SubKegiatanRef & { lkip?: LaporanStatus };

const importMatrix = matrix({
  targets: {
    "dinsos 2022, pagu of a rehabilitasi sub kegiatan": (): ImportTarget => fx.a.dinsos.subRehsos,
    "dinsos 2022, pagu of a sekretariat sub kegiatan": (): ImportTarget => fx.a.dinsos.subSekretariat,
    "dinsos 2022, LKIP submitted": (): ImportTarget => ({ ...fx.a.dinsos.subRehsos, lkip: "DIAJUKAN" }),
    "dinkes 2022 (other OPD)": (): ImportTarget => fx.a.dinkes.sub,
    "Cilegon 2022 (other region)": (): ImportTarget => fx.b.dinsos.sub,
  },
  async prepare(target, call) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const sub = await db.subKegiatan.findUniqueOrThrow({ where: { id: target.id } });
    const amount = 1_000_000 + next() * 1_000;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await exportTemplate({ pemdaId: sub.pemdaId, opdId: sub.opdId, year: 2022 })) as never,
    );
    workbook.getWorksheet("Anggaran")!.eachRow((row) => {
      if (row.getCell(1).value === sub.code) row.getCell(4).value = amount;
    });
    const file = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const fileName = `${call.caseId}.xlsx`;
    return {
      input: { opdId: sub.opdId, year: 2022, fileName, file, confirmRemovals: false, planDigest: null },
      state: { version: sub.version, amount: String(amount), fileName },
    };
  },
  // prettier-ignore
  expected: {
    //                 rehsos  sekret  locked  dinkes  Cilegon
    adminA:           [OK,     OK,     LK,     OK,     NF],
    kepalaA:          [FB,     FB,     FB,     NF,     NF],
    perencanaA:       [OK,     OK,     LK,     NF,     NF],
    perencanaRehsosA: [OK,     IV,     LK,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     NF,     OK],
    kepalaB:          [NF,     NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     NF,     OK],
    inspektoratB:     [NF,     NF,     NF,     NF,     FB],
  },
  async verify({ target, state, changes, audit }) {
    expect(tally(changes)).toEqual({ SubKegiatan: "~1", AuditLog: "+1" });
    const sub = await db.subKegiatan.findUniqueOrThrow({ where: { id: target.id } });
    expect(sub.paguAwal?.toString()).toBe(state.amount);
    expect(sub.version).toBe(state.version + 1);
    expect(audit).toMatchObject({
      opdId: target.opdId,
      year: 2022,
      entity: "LaporanKinerja",
      entityId: target.laporanId,
      oldValues: null,
      newValues: { fileName: state.fileName, created: 0, updated: 1, removed: 0 },
    });
  },
});

/** The tables of this group, keyed by mutation name. */
export const structureMatrices: MatrixGroup = {
  "program.save": programMatrix,
  "kegiatan.save": kegiatanMatrix,
  "subKegiatan.save": subKegiatanMatrix,
  "rekening.save": rekeningMatrix,
  "structure.delete": deleteMatrix,
  "structure.copyYear": copyYearMatrix,
  "renstra.save": renstraMatrix,
  "xlsx.import": importMatrix,
};
