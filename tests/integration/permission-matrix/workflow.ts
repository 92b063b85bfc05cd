import { beforeAll, describe, expect, it } from "vitest";
import type { LaporanStatus } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { mutations } from "@/lib/server/mutations/registry";
import {
  type ActorKey,
  actorKeys,
  addedAuditRow,
  attempt,
  type Changes,
  expectRefused,
  setLaporanStatus,
  tally,
} from "../fixtures";
import { OK, NF, FB, IV, LK, fx, regionOf, addedIds, next, type MatrixGroup, matrix } from "./harness";

/** Permission matrix, workflow group (see ./harness.ts). The LKIP workflow: its moves, review notes and the signing of the Perjanjian Kinerja; and the workflow walked step by step. */

// --- laporan.transition: every move of the workflow, on the LKIP of each scope.

/** `note`: required by the table; `reason`: given though the table does not require it. */
type Move = { label: string; from: LaporanStatus; to: LaporanStatus; note?: string; reason?: string };

/** The workflow as this test understands it; ./index.ts checks it against lib/workflow's table. */
export const moves: Move[] = [
  { label: "submit", from: "DRAFT", to: "DIAJUKAN" },
  { label: "return", from: "DIAJUKAN", to: "DIKEMBALIKAN", note: "Analisis capaian IKU belum lengkap." },
  { label: "resubmit", from: "DIKEMBALIKAN", to: "DIAJUKAN" },
  { label: "approve", from: "DIAJUKAN", to: "DIREVIU" },
  // The demo year has open errors: finalising it needs a reason (tests/integration/finalize-reason.test.ts).
  { label: "finalize", from: "DIREVIU", to: "FINAL", reason: "Selisih dokumen sumber dicatat di Lampiran." },
  { label: "reopen", from: "FINAL", to: "DRAFT", note: "Koreksi realisasi triwulan IV." },
];
const isLegalMove = (from: LaporanStatus, to: LaporanStatus) =>
  moves.some((m) => m.from === from && m.to === to);

type TransitionTarget = Move & { laporanId: string };

const lkips: Record<string, () => string> = {
  "dinsos Serang": () => fx.a.dinsos.laporanId,
  "dinkes Serang": () => fx.a.dinkes.laporanId,
  "dinsos Cilegon": () => fx.b.dinsos.laporanId,
};

const transitionMatrix = matrix({
  targets: Object.fromEntries(
    Object.entries(lkips).flatMap(([lkip, laporanId]) =>
      moves.map((move) => [
        `${move.label} (${move.from} → ${move.to}) ${lkip}`,
        (): TransitionTarget => ({ ...move, laporanId: laporanId() }),
      ]),
    ),
  ),
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.from);
    const { version } = await db.laporanKinerja.findUniqueOrThrow({ where: { id: target.laporanId } });
    return {
      input: { laporanId: target.laporanId, to: target.to, note: target.note ?? target.reason, version },
      state: { version },
    };
  },
  // prettier-ignore
  expected: {
    //                 ──── dinsos Serang ────   ──── dinkes Serang ────   ──── dinsos Cilegon ───
    //                 sub ret res app fin reo   sub ret res app fin reo   sub ret res app fin reo
    adminA:           [FB, FB, FB, FB, FB, OK,   FB, FB, FB, FB, FB, OK,   NF, NF, NF, NF, NF, NF],
    kepalaA:          [OK, FB, OK, FB, OK, FB,   NF, NF, NF, NF, NF, NF,   NF, NF, NF, NF, NF, NF],
    perencanaA:       [FB, FB, FB, FB, FB, FB,   NF, NF, NF, NF, NF, NF,   NF, NF, NF, NF, NF, NF],
    perencanaRehsosA: [FB, FB, FB, FB, FB, FB,   NF, NF, NF, NF, NF, NF,   NF, NF, NF, NF, NF, NF],
    inspektoratA:     [FB, OK, FB, OK, FB, FB,   FB, OK, FB, OK, FB, FB,   NF, NF, NF, NF, NF, NF],
    adminB:           [NF, NF, NF, NF, NF, NF,   NF, NF, NF, NF, NF, NF,   FB, FB, FB, FB, FB, OK],
    kepalaB:          [NF, NF, NF, NF, NF, NF,   NF, NF, NF, NF, NF, NF,   OK, FB, OK, FB, OK, FB],
    perencanaB:       [NF, NF, NF, NF, NF, NF,   NF, NF, NF, NF, NF, NF,   FB, FB, FB, FB, FB, FB],
    inspektoratB:     [NF, NF, NF, NF, NF, NF,   NF, NF, NF, NF, NF, NF,   FB, OK, FB, OK, FB, FB],
  },
  async verify({ target, call, state, changes, audit }) {
    const told = await notifiedUsers(changes);
    expect(tally(changes)).toEqual({
      LaporanKinerja: "~1",
      StatusTransition: "+1",
      AuditLog: "+1",
      // FINAL freezes the PDF (tests/integration/lkip-freeze.test.ts) and the year's result through each
      // triwulan (tests/integration/final-frozen.test.ts).
      ...(target.to === "FINAL" ? { LkipRevision: "+1", LkipRevisionResult: "+4" } : {}),
      ...(told.length > 0 ? { Notification: `+${told.length}` } : {}),
    });
    // The OPD's head and planners and the region's reviewers are told of the move, never the one who made it.
    const laporanRow = await db.laporanKinerja.findUniqueOrThrow({ where: { id: target.laporanId } });
    const audience = await db.user.findMany({
      where: {
        pemdaId: laporanRow.pemdaId,
        active: true,
        id: { not: fx.actors[call.actorKey].userId },
        OR: [{ opdId: laporanRow.opdId, role: { in: ["KEPALA", "PERENCANA"] } }, { role: "INSPEKTORAT" }],
      },
    });
    expect(told.map((n) => n.userId).sort()).toEqual(audience.map((u) => u.id).sort());
    expect(new Set(told.map((n) => n.kind))).toEqual(
      new Set(told.length ? [target.to === "DIKEMBALIKAN" ? "LKIP_DIKEMBALIKAN" : "ALUR_LKIP"] : []),
    );
    const laporan = await db.laporanKinerja.findUniqueOrThrow({ where: { id: target.laporanId } });
    expect(laporan).toMatchObject({ status: target.to, version: state.version + 1 });
    const [transitionId] = addedIds(changes, "StatusTransition");
    expect(await db.statusTransition.findUniqueOrThrow({ where: { id: transitionId } })).toMatchObject({
      laporanId: target.laporanId,
      fromStatus: target.from,
      toStatus: target.to,
      userId: fx.actors[call.actorKey].userId,
      note: target.note ?? target.reason ?? null,
    });
    expect(audit).toMatchObject({
      opdId: laporan.opdId,
      year: 2022,
      entity: "LaporanKinerja",
      entityId: target.laporanId,
      oldValues: { status: target.from },
      newValues: { status: target.to },
      reason: target.note ?? target.reason ?? null,
    });
  },
});

// --- reviewNote.create: reviewNote:write on the LKIP or one of its items.

type ReviewTarget = { laporanId: string; opdId: string; entity: string; entityId: string };

const reviewNoteMatrix = matrix({
  targets: {
    "dinsos LKIP": (): ReviewTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      entity: "LaporanKinerja",
      entityId: fx.a.dinsos.laporanId,
    }),
    "a dinsos sub kegiatan": (): ReviewTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      entity: "SubKegiatan",
      entityId: fx.a.dinsos.subRehsos.id,
    }),
    "dinkes LKIP (other OPD)": (): ReviewTarget => ({
      laporanId: fx.a.dinkes.laporanId,
      opdId: fx.a.dinkes.opdId,
      entity: "LaporanKinerja",
      entityId: fx.a.dinkes.laporanId,
    }),
    "dinsos LKIP, a dinkes sub kegiatan": (): ReviewTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      entity: "SubKegiatan",
      entityId: fx.a.dinkes.sub.id,
    }),
    "the dinsos IKU": (): ReviewTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      entity: "Indikator",
      entityId: fx.a.dinsos.ikuId,
    }),
    "dinsos LKIP, a dinkes indicator": (): ReviewTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      entity: "Indikator",
      entityId: fx.a.dinkes.indikatorId,
    }),
    "Cilegon LKIP (other region)": (): ReviewTarget => ({
      laporanId: fx.b.dinsos.laporanId,
      opdId: fx.b.dinsos.opdId,
      entity: "LaporanKinerja",
      entityId: fx.b.dinsos.laporanId,
    }),
  },
  async prepare({ laporanId, entity, entityId }, call) {
    const body = `Catatan reviu ${call.caseId}: lengkapi bukti dukung.`;
    return { input: { laporanId, entity, entityId, body }, state: null };
  },
  // prettier-ignore
  expected: {
    //                 LKIP    sub     dinkes  mixSub  IKU     mixInd  Cilegon
    adminA:           [FB,     FB,     FB,     FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     NF,     FB,     FB,     FB,     NF],
    perencanaA:       [FB,     FB,     NF,     FB,     FB,     FB,     NF],
    perencanaRehsosA: [FB,     FB,     NF,     FB,     FB,     FB,     NF],
    inspektoratA:     [OK,     OK,     OK,     NF,     OK,     NF,     NF],
    adminB:           [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    inspektoratB:     [NF,     NF,     NF,     NF,     NF,     NF,     OK],
  },
  async verify({ target, call, input, changes, audit }) {
    const told = await notifiedUsers(changes);
    expect(tally(changes)).toEqual({
      ReviewNote: "+1",
      AuditLog: "+1",
      ...(told.length > 0 ? { Notification: `+${told.length}` } : {}),
    });
    // The OPD's head and its planners (a bidang-limited one only for their bidang's items) are told.
    const addressed: Record<string, ActorKey[]> = {
      [fx.a.dinsos.opdId]: ["kepalaA", "perencanaA", "perencanaRehsosA"],
      [fx.a.dinkes.opdId]: [],
      [fx.b.dinsos.opdId]: ["kepalaB", "perencanaB"],
    };
    const expectedUsers = addressed[target.opdId]!.map((key) => fx.actors[key].userId);
    expect(told.map((n) => n.userId)).toEqual(expect.arrayContaining(expectedUsers));
    expect(told.every((n) => n.kind === "CATATAN")).toBe(true);
    const [noteId] = addedIds(changes, "ReviewNote");
    const note = await db.reviewNote.findUniqueOrThrow({ where: { id: noteId } });
    expect(note).toMatchObject({
      laporanId: target.laporanId,
      entity: target.entity,
      entityId: target.entityId,
      body: input.body,
      authorId: fx.actors[call.actorKey].userId,
    });
    expect(audit).toMatchObject({
      opdId: target.opdId,
      year: 2022,
      entity: target.entity,
      entityId: target.entityId,
      oldValues: null,
      newValues: { note: input.body, noteStatus: "TERBUKA" },
    });
  },
});

/** The Notification rows a call added. */
async function notifiedUsers(changes: Changes) {
  return db.notification.findMany({ where: { id: { in: addedIds(changes, "Notification") } } });
}

// --- reviewNote.reply: the OPD's planners (of the item's bidang) and head, and the region's reviewer.

type NoteTarget = { laporanId: string; bidangId: string | null; status?: "SELESAI" };

/** A fresh note by the region's reviewer, so every case starts from an open conversation. */
async function freshNote(target: NoteTarget) {
  const laporan = await db.laporanKinerja.findUniqueOrThrow({ where: { id: target.laporanId } });
  const reviewer = await db.user.findFirstOrThrow({
    where: { pemdaId: laporan.pemdaId, role: "INSPEKTORAT" },
  });
  return db.reviewNote.create({
    data: {
      pemdaId: laporan.pemdaId,
      laporanId: laporan.id,
      entity: "LaporanKinerja",
      entityId: laporan.id,
      entityLabel: `OPD tahun ${laporan.year}`,
      bidangId: target.bidangId,
      body: "Lengkapi bukti dukung.",
      authorId: reviewer.id,
      status: target.status ?? "TERBUKA",
    },
  });
}

const noteTargets = {
  "dinsos note on the whole OPD": (): NoteTarget => ({ laporanId: fx.a.dinsos.laporanId, bidangId: null }),
  "dinsos note on a rehsos item": (): NoteTarget => ({
    laporanId: fx.a.dinsos.laporanId,
    bidangId: fx.a.dinsos.bidangRehsosId,
  }),
  "dinsos note on a sekretariat item": (): NoteTarget => ({
    laporanId: fx.a.dinsos.laporanId,
    bidangId: fx.a.dinsos.bidangSekretariatId,
  }),
  "dinkes note (other OPD)": (): NoteTarget => ({ laporanId: fx.a.dinkes.laporanId, bidangId: null }),
  "Cilegon note (other region)": (): NoteTarget => ({ laporanId: fx.b.dinsos.laporanId, bidangId: null }),
};

const replyMatrix = matrix({
  targets: noteTargets,
  async prepare(target: NoteTarget, call) {
    const note = await freshNote(target);
    return { input: { noteId: note.id, body: `Balasan ${call.caseId}.` }, state: { note } };
  },
  // prettier-ignore
  expected: {
    //                 whole   rehsos  sekret  dinkes  Cilegon
    adminA:           [FB,     FB,     FB,     FB,     NF],
    kepalaA:          [OK,     OK,     OK,     NF,     NF],
    perencanaA:       [OK,     OK,     OK,     NF,     NF],
    perencanaRehsosA: [OK,     OK,     NF,     NF,     NF],
    inspektoratA:     [OK,     OK,     OK,     OK,     NF],
    adminB:           [NF,     NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     NF,     OK],
    perencanaB:       [NF,     NF,     NF,     NF,     OK],
    inspektoratB:     [NF,     NF,     NF,     NF,     OK],
  },
  async verify({ call, input, state, changes, audit }) {
    const told = await notifiedUsers(changes);
    expect(tally(changes)).toEqual({
      ReviewReply: "+1",
      ReviewNote: "~1",
      AuditLog: "+1",
      ...(told.length > 0 ? { Notification: `+${told.length}` } : {}),
    });
    const byReviewer = call.actorKey.startsWith("inspektorat");
    const status = byReviewer ? "TERBUKA" : "DIJAWAB";
    const note = await db.reviewNote.findUniqueOrThrow({
      where: { id: state.note.id },
      include: { replies: true },
    });
    expect(note).toMatchObject({ status, version: state.note.version + 1 });
    expect(note.replies).toMatchObject([{ body: input.body, authorId: fx.actors[call.actorKey].userId }]);
    expect(audit).toMatchObject({
      entity: "ReviewNote",
      entityId: note.id,
      oldValues: { noteStatus: "TERBUKA" },
      newValues: { reply: input.body, noteStatus: status },
    });
    // The reviewer who wrote the note hears of the OPD's answer.
    if (!byReviewer) expect(told.map((n) => n.userId)).toContain(state.note.authorId);
  },
});

// --- reviewNote.status: only the region's reviewer closes a note or reopens it.

type StatusTarget = NoteTarget & { to: "SELESAI" | "TERBUKA" };

const statusMatrix = matrix({
  targets: {
    "close a dinsos note": (): StatusTarget => ({
      ...noteTargets["dinsos note on the whole OPD"](),
      to: "SELESAI",
    }),
    "reopen a closed dinsos note": (): StatusTarget => ({
      ...noteTargets["dinsos note on the whole OPD"](),
      status: "SELESAI",
      to: "TERBUKA",
    }),
    "close a dinkes note (other OPD)": (): StatusTarget => ({
      ...noteTargets["dinkes note (other OPD)"](),
      to: "SELESAI",
    }),
    "close a Cilegon note (other region)": (): StatusTarget => ({
      ...noteTargets["Cilegon note (other region)"](),
      to: "SELESAI",
    }),
  },
  async prepare(target: StatusTarget) {
    const note = await freshNote(target);
    return { input: { noteId: note.id, status: target.to, version: note.version }, state: { note } };
  },
  // prettier-ignore
  expected: {
    //                 close   reopen  dinkes  Cilegon
    adminA:           [FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     NF,     NF],
    perencanaA:       [FB,     FB,     NF,     NF],
    perencanaRehsosA: [FB,     FB,     NF,     NF],
    inspektoratA:     [OK,     OK,     OK,     NF],
    adminB:           [NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     FB],
    inspektoratB:     [NF,     NF,     NF,     OK],
  },
  async verify({ target, state, changes, audit }) {
    const told = await notifiedUsers(changes);
    expect(tally(changes)).toEqual({
      ReviewNote: "~1",
      AuditLog: "+1",
      ...(told.length > 0 ? { Notification: `+${told.length}` } : {}),
    });
    const note = await db.reviewNote.findUniqueOrThrow({ where: { id: state.note.id } });
    expect(note).toMatchObject({ status: target.to, version: state.note.version + 1 });
    expect(audit).toMatchObject({
      entity: "ReviewNote",
      entityId: note.id,
      oldValues: { noteStatus: state.note.status },
      newValues: { noteStatus: target.to },
    });
  },
});

// --- notification.read: a user marks only their own notifications read.

type NotificationTarget = { own: boolean };

const readMatrix = matrix({
  targets: {
    "own notification": (): NotificationTarget => ({ own: true }),
    "another user's notification": (): NotificationTarget => ({ own: false }),
  },
  async prepare(target: NotificationTarget, call) {
    const actor = fx.actors[call.actorKey];
    const owner = target.own ? actor : fx.actors[call.actorKey === "kepalaA" ? "perencanaA" : "kepalaA"];
    const notification = await db.notification.create({
      data: { pemdaId: owner.pemdaId, userId: owner.userId, kind: "CATATAN", title: "Uji", href: "/" },
    });
    return { input: { notificationId: notification.id }, state: { notification } };
  },
  // prettier-ignore
  expected: {
    //                 own     other
    adminA:           [OK,     NF],
    kepalaA:          [OK,     NF],
    perencanaA:       [OK,     NF],
    perencanaRehsosA: [OK,     NF],
    inspektoratA:     [OK,     NF],
    adminB:           [OK,     NF],
    kepalaB:          [OK,     NF],
    perencanaB:       [OK,     NF],
    inspektoratB:     [OK,     NF],
  },
  // Reading a notification changes no reported data: no audit entry.
  audits: () => 0,
  async verify({ state, changes }) {
    expect(tally(changes)).toEqual({ Notification: "~1" });
    const row = await db.notification.findUniqueOrThrow({ where: { id: state.notification.id } });
    expect(row.readAt).toBeInstanceOf(Date);
  },
});

// --- perjanjianKinerja.sign: the KEPALA of the OPD signs, once.

type PkTarget = { id: string; signed: boolean };

const signPkMatrix = matrix({
  targets: {
    "dinsos PK": (): PkTarget => ({ id: fx.a.dinsos.perjanjianKinerjaId, signed: false }),
    "dinsos PK, already signed": (): PkTarget => ({ id: fx.a.dinsos.perjanjianKinerjaId, signed: true }),
    "dinkes PK (other OPD)": (): PkTarget => ({ id: fx.a.dinkes.perjanjianKinerjaId, signed: false }),
    "Cilegon PK (other region)": (): PkTarget => ({ id: fx.b.dinsos.perjanjianKinerjaId, signed: false }),
  },
  async prepare(target) {
    const { version } = await db.perjanjianKinerja.update({
      where: { id: target.id },
      data: { signedAt: target.signed ? new Date("2022-02-01T02:00:00Z") : null },
    });
    return { input: { perjanjianKinerjaId: target.id, version }, state: { version } };
  },
  // prettier-ignore
  expected: {
    //                 dinsos  signed  dinkes  Cilegon
    adminA:           [FB,     FB,     FB,     NF],
    kepalaA:          [OK,     IV,     NF,     NF],
    perencanaA:       [FB,     FB,     NF,     NF],
    perencanaRehsosA: [FB,     FB,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     OK],
    perencanaB:       [NF,     NF,     NF,     FB],
    inspektoratB:     [NF,     NF,     NF,     FB],
  },
  async verify({ target, state, changes, audit }) {
    expect(tally(changes)).toEqual({ PerjanjianKinerja: "~1", AuditLog: "+1" });
    const pk = await db.perjanjianKinerja.findUniqueOrThrow({ where: { id: target.id } });
    expect(pk.signedAt).toBeInstanceOf(Date);
    expect(pk.version).toBe(state.version + 1);
    expect(audit).toMatchObject({
      opdId: pk.opdId,
      year: 2022,
      entity: "PerjanjianKinerja",
      entityId: pk.id,
      oldValues: { signedAt: null },
      newValues: { signedAt: pk.signedAt!.toISOString() },
    });
  },
});

// --- targetRevision.record: the KEPALA who signs the PK records its PK Perubahan, while the year is open.

type RevisionTarget = {
  opdId: () => string;
  indikatorId: () => string;
  laporanId: () => string;
  lkip?: LaporanStatus;
};

const revisionMatrix = matrix({
  targets: {
    "dinsos IKU": (): RevisionTarget => ({
      opdId: () => fx.a.dinsos.opdId,
      indikatorId: () => fx.a.dinsos.ikuId,
      laporanId: () => fx.a.dinsos.laporanId,
    }),
    "dinsos IKU, LKIP submitted": (): RevisionTarget => ({
      opdId: () => fx.a.dinsos.opdId,
      indikatorId: () => fx.a.dinsos.ikuId,
      laporanId: () => fx.a.dinsos.laporanId,
      lkip: "DIAJUKAN",
    }),
    "dinsos IKU under dinkes (other OPD)": (): RevisionTarget => ({
      opdId: () => fx.a.dinkes.opdId,
      indikatorId: () => fx.a.dinsos.ikuId,
      laporanId: () => fx.a.dinkes.laporanId,
    }),
    "Serang IKU under Cilegon (other region)": (): RevisionTarget => ({
      opdId: () => fx.b.dinsos.opdId,
      indikatorId: () => fx.a.dinsos.ikuId,
      laporanId: () => fx.b.dinsos.laporanId,
    }),
  },
  async prepare(target) {
    await setLaporanStatus(target.laporanId(), target.lkip ?? "DRAFT");
    const indikatorId = target.indikatorId();
    const before = await db.targetIndikator.findFirst({ where: { indikatorId, year: 2022 } });
    const n = next();
    const input = {
      opdId: target.opdId(),
      kind: "PK",
      nomor: `050/${n}/2022`,
      tanggal: "30/06/2022",
      alasan: "Refocusing anggaran",
      berlakuMulai: `${String((n % 28) + 1).padStart(2, "0")}/07/2022`,
      targets: [
        { indikatorId, year: 2022, target: `3,${n}`, targetUpper: "", version: before?.version ?? null },
      ],
    };
    return { input, state: { before, nomor: input.nomor } };
  },
  // prettier-ignore
  expected: {
    //                 dinsos  submitted  dinkes  Cilegon
    adminA:           [FB,     FB,        FB,     NF],
    kepalaA:          [OK,     LK,        NF,     NF],
    perencanaA:       [FB,     FB,        NF,     NF],
    perencanaRehsosA: [FB,     FB,        NF,     NF],
    inspektoratA:     [FB,     FB,        FB,     NF],
    adminB:           [NF,     NF,        NF,     FB],
    kepalaB:          [NF,     NF,        NF,     IV],
    perencanaB:       [NF,     NF,        NF,     FB],
    inspektoratB:     [NF,     NF,        NF,     FB],
  },
  // The document and the indicator-year it changes.
  audits: () => 2,
  async verify({ target, state, changes, audits }) {
    expect(tally(changes)).toEqual({
      TargetRevision: "+1",
      TargetRevisionValue: "+1",
      TargetIndikator: "~1",
      AuditLog: "+2",
    });
    const document = await db.targetRevision.findFirstOrThrow({ where: { nomor: state.nomor } });
    expect(document).toMatchObject({ kind: "PK", opdId: target.opdId(), pemdaId: fx.a.pemdaId });
    expect(audits.map((a) => [a.entity, a.entityId])).toEqual([
      ["TargetRevision", document.id],
      ["Indikator", target.indikatorId()],
    ]);
    const saved = await db.targetIndikator.findFirstOrThrow({
      where: { indikatorId: target.indikatorId(), year: 2022 },
    });
    // The target awal is never overwritten.
    expect(saved.target?.toString()).toBe(state.before!.target?.toString());
  },
});

/** The tables of this group, keyed by mutation name. */
export const workflowMatrices: MatrixGroup = {
  "laporan.transition": transitionMatrix,
  "reviewNote.create": reviewNoteMatrix,
  "reviewNote.reply": replyMatrix,
  "reviewNote.status": statusMatrix,
  "notification.read": readMatrix,
  "perjanjianKinerja.sign": signPkMatrix,
  "targetRevision.record": revisionMatrix,
};

// ---------------------------------------------------------------------------------------------------
// The workflow walked step by step on one LKIP, with the realisasi lock at each state.

export function describeWorkflowWalk(): void {
  describe("the LKIP workflow, walked on Dinas Sosial Serang 2022", () => {
    type Step = { from: LaporanStatus; to: LaporanStatus; by: ActorKey; note?: string };
    const walk: Step[] = [
      { from: "DRAFT", to: "DIAJUKAN", by: "kepalaA" },
      { from: "DIAJUKAN", to: "DIKEMBALIKAN", by: "inspektoratA", note: "Lengkapi analisis capaian IKU." },
      { from: "DIKEMBALIKAN", to: "DIAJUKAN", by: "kepalaA" },
      { from: "DIAJUKAN", to: "DIREVIU", by: "inspektoratA" },
      // The demo year has open errors, so the reason is required here too.
      { from: "DIREVIU", to: "FINAL", by: "kepalaA", note: "Selisih dokumen sumber dicatat di Lampiran." },
      { from: "FINAL", to: "DRAFT", by: "adminA", note: "Koreksi realisasi sub kegiatan permakanan." },
    ];
    const statuses: LaporanStatus[] = ["DRAFT", "DIAJUKAN", "DIKEMBALIKAN", "DIREVIU", "FINAL"];
    const editable: LaporanStatus[] = ["DRAFT", "DIKEMBALIKAN"];

    const laporan = () => db.laporanKinerja.findUniqueOrThrow({ where: { id: fx.a.dinsos.laporanId } });
    const transition = (to: LaporanStatus, version: number, note?: string) => ({
      laporanId: fx.a.dinsos.laporanId,
      to,
      version,
      ...(note === undefined ? {} : { note }),
    });
    const transitionAs = async (actor: ActorKey, to: LaporanStatus, note?: string, staleBy = 0) =>
      attempt(
        mutations["laporan.transition"]!,
        fx.actors[actor],
        transition(to, (await laporan()).version - staleBy, note),
      );

    beforeAll(async () => {
      await setLaporanStatus(fx.a.dinsos.laporanId, "DRAFT");
    });

    describe.each(walk)("$from → $to by $by", (step) => {
      const planners = [
        { actor: "perencanaA", sub: () => fx.a.dinsos.subSekretariat },
        { actor: "perencanaRehsosA", sub: () => fx.a.dinsos.subRehsos },
      ] as const;
      const savable = editable.includes(step.from);

      it.each(planners)(
        `$actor ${savable ? "may save" : "may not save (LOCKED)"} realisasi while ${step.from}`,
        async ({ actor, sub }) => {
          expect((await laporan()).status).toBe(step.from);
          const before = await db.realisasiAnggaran.findFirstOrThrow({
            where: { subKegiatanId: sub().id, period: "TAHUNAN" },
          });
          const amount = 5_000_000 + next();
          const input = {
            subKegiatanId: sub().id,
            period: "TAHUNAN",
            amount: String(amount),
            version: before.version,
          };
          const attempted = await attempt(mutations["realisasiAnggaran.save"]!, fx.actors[actor], input);
          if (!savable) {
            expectRefused(attempted, "LOCKED");
            expect(attempted.result).toMatchObject({
              error: { message: expect.stringContaining("tidak dapat diubah") },
            });
            return;
          }
          expect(attempted.result).toMatchObject({ ok: true });
          expect(tally(attempted.changes)).toEqual({ RealisasiAnggaran: "~1", AuditLog: "+1" });
          expect(await addedAuditRow(attempted.changes)).toMatchObject({
            userId: fx.actors[actor].userId,
            action: "realisasiAnggaran.save",
            newValues: { period: "TAHUNAN", amount: String(amount) },
          });
        },
      );

      it.each(actorKeys.filter((key) => key !== step.by))(
        `%s may not move it to ${step.to}`,
        async (actor) => {
          const expected = regionOf(actor) === "B" ? NF : FB;
          expectRefused(await transitionAs(actor, step.to, step.note), expected);
        },
      );

      it.each(statuses.filter((to) => !isLegalMove(step.from, to)))(
        `${step.from} → %s is INVALID, even for ${step.by}`,
        async (to) => {
          const attempted = await transitionAs(step.by, to, "Catatan.");
          expectRefused(attempted, IV);
          expect(attempted.result).toMatchObject({
            error: { message: expect.stringContaining("tidak dapat diubah") },
          });
        },
      );

      if (step.note) {
        it.each([undefined, "", "   "])("is INVALID with note %j (a note is required)", async (note) => {
          expectRefused(await transitionAs(step.by, step.to, note), IV);
        });
      }

      it("is a CONFLICT with a stale version", async () => {
        expectRefused(await transitionAs(step.by, step.to, step.note, 1), "CONFLICT");
      });

      it(`${step.by} moves it to ${step.to}`, async () => {
        const attempted = await transitionAs(step.by, step.to, step.note);
        expect(attempted.result).toMatchObject({ ok: true, value: { status: step.to } });
        expect(tally(attempted.changes)).toEqual({
          LaporanKinerja: "~1",
          StatusTransition: "+1",
          AuditLog: "+1",
          // FINAL freezes the PDF and the year's result through each triwulan (as above).
          ...(step.to === "FINAL" ? { LkipRevision: "+1", LkipRevisionResult: "+4" } : {}),
          // The OPD's head, its three planners and the reviewer, less the one who moved it.
          Notification: step.by === "adminA" ? "+5" : "+4",
        });
        expect(await addedAuditRow(attempted.changes)).toMatchObject({
          userId: fx.actors[step.by].userId,
          entity: "LaporanKinerja",
          oldValues: { status: step.from },
          newValues: { status: step.to },
          reason: step.note ?? null,
        });
        expect((await laporan()).status).toBe(step.to);
      });
    });

    it("ends in DRAFT again, with every move recorded in order with its user and note", async () => {
      expect((await laporan()).status).toBe("DRAFT");
      const recorded = await db.statusTransition.findMany({
        where: { laporanId: fx.a.dinsos.laporanId },
        orderBy: { createdAt: "asc" },
      });
      expect(recorded.slice(-walk.length).map((t) => [t.fromStatus, t.toStatus, t.userId, t.note])).toEqual(
        walk.map((s) => [s.from, s.to, fx.actors[s.by].userId, s.note ?? null]),
      );
    });
  });
}
