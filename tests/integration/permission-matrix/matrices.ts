import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { formatNumber } from "@/lib/format";
import type { AuditLog, LaporanStatus, Role } from "@/lib/generated/prisma/client";
import { verifyPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db";
import { mutations } from "@/lib/server/mutations/registry";
import { exportTemplate } from "@/lib/server/xlsx/export-template";
import { transitions } from "@/lib/workflow/laporan-workflow";
import { DEMO_PASSWORD } from "@/prisma/demo/demo-password";
import {
  type ActorKey,
  actorKeys,
  addedAuditRow,
  addedAuditRows,
  attempt,
  type Changes,
  expectRefused,
  openSession,
  type Regions,
  setLaporanStatus,
  setUpRegions,
  type SubKegiatanRef,
  tally,
} from "../fixtures";

/**
 * The permission matrix (run by tests/integration/permission-matrix-*.test.ts). Who may do what, where: every use case in the registry, called as every role of two regions on
 * targets inside and outside their scope. Outside the scope the answer is NOT_FOUND (the app shows a
 * 404, as if the record did not exist); inside it without the permission, FORBIDDEN. A refused call
 * must change nothing at all (whole-database snapshot); an allowed one makes its change and adds
 * exactly one audit entry saying who changed what from what to what.
 */

const OK = "ok";
const NF = "NOT_FOUND";
const FB = "FORBIDDEN";
const IV = "INVALID";
const LK = "LOCKED";
type Outcome = typeof OK | typeof NF | typeof FB | typeof IV | typeof LK;

let fx: Regions;
let demoPasswordHash: string;

/** Every test file of the matrix starts from the two regions, in its own database. */
export function setUpMatrixRegions(): void {
  beforeAll(async () => {
    fx = await setUpRegions();
    ({ passwordHash: demoPasswordHash } = await db.user.findUniqueOrThrow({
      where: { email: "admin.serang@sakip.demo" },
    }));
  });
}

const regionOf = (actor: ActorKey) => (actor.endsWith("B") ? "B" : "A");
const otherPemdaId = (actor: ActorKey) => (regionOf(actor) === "A" ? fx.b.pemdaId : fx.a.pemdaId);
const addedIds = (changes: Changes, table: string) =>
  changes.added.filter((key) => key.startsWith(`${table}:`)).map((key) => key.slice(table.length + 1));

let counter = 0;
const next = () => ++counter;
/** Kode serials, so every new program, kegiatan, sub kegiatan or rekening gets an unused kode. */
let kodeCounter = 0;
const pad = (n: number, width: number) => String(n).padStart(width, "0");
const newKode = {
  program: () => `9.${pad(Math.floor(++kodeCounter / 100), 2)}.${pad(kodeCounter % 100, 2)}`,
  kegiatan: (programCode: string) =>
    `${programCode}.${5 + Math.floor(++kodeCounter / 100)}.${pad(kodeCounter % 100, 2)}`,
  subKegiatan: (kegiatanCode: string) => `${kegiatanCode}.${pad(5000 + ++kodeCounter, 4)}`,
  rekening: () => `5.1.02.01.01.${pad(1000 + ++kodeCounter, 4)}`,
};
/** "+2 ~1" as `tally` writes it. */
const counted = (added: number, changed = 0, removed = 0) =>
  [added && `+${added}`, changed && `~${changed}`, removed && `-${removed}`].filter(Boolean).join(" ");

// ---------------------------------------------------------------------------------------------------
// One table per mutation: targets (columns), the expected outcome per actor (rows), and what an
// allowed call must have changed.

type Call = { actorKey: ActorKey; caseId: string };

type Matrix<Target, Input, State> = {
  targets: Record<string, () => Target>;
  /** Puts the target in the column's state; returns the input and what `verify` needs to know. */
  prepare(target: Target, call: Call): Promise<{ input: Input; state: State }>;
  expected: Record<ActorKey, Outcome[]>;
  /** How many audit entries an allowed call adds (default 1). */
  audits?(target: Target): number;
  /** Checks an allowed call beyond "ok + its audit rows by the actor for this action". */
  verify(args: {
    target: Target;
    call: Call;
    input: Input;
    state: State;
    changes: Changes;
    /** The first (usually the only) audit row the call added, and all of them. */
    audit: AuditLog;
    audits: AuditLog[];
  }): Promise<void>;
};

const matrix = <Target, Input, State>(m: Matrix<Target, Input, State>) =>
  m as unknown as Matrix<unknown, unknown, unknown>;

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

// --- laporan.transition: every move of the workflow, on the LKIP of each scope.

/** `note`: required by the table; `reason`: given though the table does not require it. */
type Move = { label: string; from: LaporanStatus; to: LaporanStatus; note?: string; reason?: string };

/** The workflow as this test understands it; checked below against lib/workflow's table. */
const moves: Move[] = [
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
    expect(tally(changes)).toEqual({
      LaporanKinerja: "~1",
      StatusTransition: "+1",
      AuditLog: "+1",
      // FINAL freezes the PDF (tests/integration/lkip-freeze.test.ts).
      ...(target.to === "FINAL" ? { LkipRevision: "+1" } : {}),
    });
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
    expect(tally(changes)).toEqual({ ReviewNote: "+1", AuditLog: "+1" });
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
      newValues: { note: input.body },
    });
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

// --- user.create: the ADMIN adds accounts to their own region only.

type NewUserTarget = {
  role: Role;
  opdId: string | null;
  bidangIds: string[];
  /** Also sends the other region's pemdaId, which must be ignored. */
  namingOtherRegion?: boolean;
};

const createUserMatrix = matrix({
  targets: {
    "perencana of dinsos, bidang rehabilitasi": (): NewUserTarget => ({
      role: "PERENCANA",
      opdId: fx.a.dinsos.opdId,
      bidangIds: [fx.a.dinsos.bidangRehsosId],
    }),
    "kepala of dinkes": (): NewUserTarget => ({ role: "KEPALA", opdId: fx.a.dinkes.opdId, bidangIds: [] }),
    "inspektorat, input naming the other region": (): NewUserTarget => ({
      role: "INSPEKTORAT",
      opdId: null,
      bidangIds: [],
      namingOtherRegion: true,
    }),
    "perencana of dinsos Cilegon": (): NewUserTarget => ({
      role: "PERENCANA",
      opdId: fx.b.dinsos.opdId,
      bidangIds: [fx.b.dinsos.bidangId],
    }),
    "perencana of dinsos limited to a dinkes bidang": (): NewUserTarget => ({
      role: "PERENCANA",
      opdId: fx.a.dinsos.opdId,
      bidangIds: [fx.a.dinkes.bidangId],
    }),
  },
  async prepare(target, call) {
    const { namingOtherRegion, ...fields } = target;
    const input = {
      ...fields,
      email: `${call.caseId.toLowerCase()}@matrix.test`,
      name: `Pengguna ${call.caseId}`,
      password: "kata-sandi-uji-2022",
      ...(namingOtherRegion ? { pemdaId: otherPemdaId(call.actorKey) } : {}),
    };
    return { input, state: null };
  },
  // prettier-ignore
  expected: {
    //                 rehsos  dinkes  insp    Cilegon mixed
    adminA:           [OK,     OK,     OK,     NF,     NF],
    kepalaA:          [FB,     FB,     FB,     FB,     FB],
    perencanaA:       [FB,     FB,     FB,     FB,     FB],
    perencanaRehsosA: [FB,     FB,     FB,     FB,     FB],
    inspektoratA:     [FB,     FB,     FB,     FB,     FB],
    adminB:           [NF,     NF,     OK,     OK,     NF],
    kepalaB:          [FB,     FB,     FB,     FB,     FB],
    perencanaB:       [FB,     FB,     FB,     FB,     FB],
    inspektoratB:     [FB,     FB,     FB,     FB,     FB],
  },
  async verify({ target, call, input, changes, audit }) {
    const { bidangIds } = target;
    expect(tally(changes)).toEqual({
      User: "+1",
      AuditLog: "+1",
      ...(bidangIds.length > 0 ? { UserBidang: `+${bidangIds.length}` } : {}),
    });
    const [userId] = addedIds(changes, "User");
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { bidang: true } });
    expect(user).toMatchObject({
      email: input.email,
      role: target.role,
      opdId: target.opdId,
      pemdaId: fx.actors[call.actorKey].pemdaId,
      active: true,
    });
    expect(user.bidang.map((b) => b.bidangId)).toEqual(bidangIds);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(audit).toMatchObject({
      opdId: target.opdId,
      year: null,
      entity: "User",
      entityId: userId,
      oldValues: null,
      newValues: { email: input.email, name: input.name, role: target.role, opdId: target.opdId, bidangIds },
    });
  },
});

// --- settings.update: the ADMIN sets their own region's calculation settings.

const settingsMatrix = matrix({
  targets: {
    "own region": () => ({ namingOtherRegion: false }),
    "own region, input naming the other region": () => ({ namingOtherRegion: true }),
  },
  async prepare(target, call) {
    const pemdaId = fx.actors[call.actorKey].pemdaId;
    const { settings: before } = await db.pemda.findUniqueOrThrow({ where: { id: pemdaId } });
    const capaianCap = String(100 + next());
    const input = {
      settings: { capaianCap, plausibleCapaian: { min: "40", max: "160" } },
      ...(target.namingOtherRegion ? { pemdaId: otherPemdaId(call.actorKey) } : {}),
    };
    return { input, state: { before, capaianCap } };
  },
  // prettier-ignore
  expected: {
    //                 own     naming other
    adminA:           [OK,     OK],
    kepalaA:          [FB,     FB],
    perencanaA:       [FB,     FB],
    perencanaRehsosA: [FB,     FB],
    inspektoratA:     [FB,     FB],
    adminB:           [OK,     OK],
    kepalaB:          [FB,     FB],
    perencanaB:       [FB,     FB],
    inspektoratB:     [FB,     FB],
  },
  async verify({ call, state, changes, audit }) {
    const pemdaId = fx.actors[call.actorKey].pemdaId;
    expect(tally(changes)).toEqual({ Pemda: "~1", AuditLog: "+1" });
    expect(changes.changed).toEqual([`Pemda:${pemdaId}`]);
    const { settings } = await db.pemda.findUniqueOrThrow({ where: { id: pemdaId } });
    expect(settings).toMatchObject({
      capaianCap: state.capaianCap,
      plausibleCapaian: { min: "40", max: "160" },
    });
    expect(audit).toMatchObject({
      opdId: null,
      year: null,
      entity: "Pemda",
      entityId: pemdaId,
      oldValues: state.before,
      newValues: settings,
    });
  },
});

// --- account.changePassword: everyone, for their own account only.

const changePasswordMatrix = matrix({
  targets: {
    "own account": () => ({ namingOtherUser: false }),
    "own account, input naming another user": () => ({ namingOtherUser: true }),
  },
  async prepare(target, call) {
    const actor = fx.actors[call.actorKey];
    const { sessionVersion } = await db.user.update({
      where: { id: actor.userId },
      data: { passwordHash: demoPasswordHash },
    });
    const newPassword = `sandi-baru-${call.caseId}`;
    const other = fx.actors[call.actorKey === "kepalaA" ? "adminA" : "kepalaA"].userId;
    const input = {
      currentPassword: DEMO_PASSWORD,
      newPassword,
      confirmPassword: newPassword,
      ...(target.namingOtherUser ? { userId: other } : {}),
    };
    return { input, state: { sessionVersion } };
  },
  // prettier-ignore
  expected: {
    //                 own     naming other
    adminA:           [OK,     OK],
    kepalaA:          [OK,     OK],
    perencanaA:       [OK,     OK],
    perencanaRehsosA: [OK,     OK],
    inspektoratA:     [OK,     OK],
    adminB:           [OK,     OK],
    kepalaB:          [OK,     OK],
    perencanaB:       [OK,     OK],
    inspektoratB:     [OK,     OK],
  },
  async verify({ call, input, state, changes, audit }) {
    const { userId } = fx.actors[call.actorKey];
    expect(tally(changes)).toEqual({ User: "~1", AuditLog: "+1" });
    expect(changes.changed).toEqual([`User:${userId}`]);
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.sessionVersion).toBe(state.sessionVersion + 1);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, input.newPassword)).toBe(true);
    expect(audit).toMatchObject({ entity: "User", entityId: userId, oldValues: null, newValues: null });
  },
});

// --- session.end: everyone, their own sessions only; another user's session is NOT_FOUND.

type SessionTarget = { owner: "self" | "kepalaA" | "kepalaB" };

const endSessionMatrix = matrix({
  targets: {
    "own session": (): SessionTarget => ({ owner: "self" }),
    "session of kepala Serang": (): SessionTarget => ({ owner: "kepalaA" }),
    "session of kepala Cilegon": (): SessionTarget => ({ owner: "kepalaB" }),
  },
  async prepare(target, call) {
    const owner = target.owner === "self" ? call.actorKey : target.owner;
    const sessionId = await openSession(fx.actors[owner].userId, call.caseId);
    return { input: { sessionId }, state: { sessionId } };
  },
  // prettier-ignore
  expected: {
    //                 own     kepalaA kepalaB
    adminA:           [OK,     NF,     NF],
    kepalaA:          [OK,     OK,     NF],
    perencanaA:       [OK,     NF,     NF],
    perencanaRehsosA: [OK,     NF,     NF],
    inspektoratA:     [OK,     NF,     NF],
    adminB:           [OK,     NF,     NF],
    kepalaB:          [OK,     NF,     OK],
    perencanaB:       [OK,     NF,     NF],
    inspektoratB:     [OK,     NF,     NF],
  },
  async verify({ call, state, changes, audit }) {
    expect(tally(changes)).toEqual({ Session: "~1", AuditLog: "+1" });
    const session = await db.session.findUniqueOrThrow({ where: { id: state.sessionId } });
    expect(session.endedAt).not.toBeNull();
    expect(audit).toMatchObject({ entity: "User", entityId: fx.actors[call.actorKey].userId });
  },
});

// --- session.endAllOfUser: the ADMIN ends the sessions of an account of their region.

const endUserSessionsMatrix = matrix({
  targets: {
    "kepala Serang": (): { owner: ActorKey } => ({ owner: "kepalaA" }),
    "kepala Cilegon": (): { owner: ActorKey } => ({ owner: "kepalaB" }),
  },
  async prepare(target: { owner: ActorKey }, call) {
    const { userId } = fx.actors[target.owner];
    await openSession(userId, `${call.caseId}-1`);
    await openSession(userId, `${call.caseId}-2`);
    const open = await db.session.count({ where: { userId, endedAt: null } });
    return { input: { userId }, state: { userId, open } };
  },
  // prettier-ignore
  expected: {
    //                 kepalaA kepalaB
    adminA:           [OK,     NF],
    kepalaA:          [FB,     NF],
    perencanaA:       [FB,     NF],
    perencanaRehsosA: [FB,     NF],
    inspektoratA:     [FB,     NF],
    adminB:           [NF,     OK],
    kepalaB:          [NF,     FB],
    perencanaB:       [NF,     FB],
    inspektoratB:     [NF,     FB],
  },
  async verify({ state, changes, audit }) {
    expect(tally(changes)).toEqual({ Session: `~${state.open}`, AuditLog: "+1" });
    expect(await db.session.count({ where: { userId: state.userId, endedAt: null } })).toBe(0);
    expect(audit).toMatchObject({
      entity: "User",
      entityId: state.userId,
      newValues: { sesiDiakhiri: state.open },
    });
  },
});

// --- opd.create: the ADMIN adds an OPD to their own region.

/** `slug` null: a fresh one. */
type NewOpdTarget = { slug: string | null; namingOtherRegion: boolean };

const createOpdMatrix = matrix({
  targets: {
    "new OPD": (): NewOpdTarget => ({ slug: null, namingOtherRegion: false }),
    "new OPD, input naming the other region": (): NewOpdTarget => ({ slug: null, namingOtherRegion: true }),
    "new OPD with a slug already used (dinsos-serang)": (): NewOpdTarget => ({
      slug: "dinsos-serang",
      namingOtherRegion: false,
    }),
  },
  async prepare(target, call) {
    const n = next();
    const input = {
      slug: target.slug ?? `dinas-uji-${n}`,
      name: `Dinas Uji ${n}`,
      shortName: `Uji ${n}`,
      ...(target.namingOtherRegion ? { pemdaId: otherPemdaId(call.actorKey) } : {}),
    };
    return { input, state: null };
  },
  // prettier-ignore
  expected: {
    //                 new     naming  slug used
    adminA:           [OK,     OK,     IV],
    kepalaA:          [FB,     FB,     FB],
    perencanaA:       [FB,     FB,     FB],
    perencanaRehsosA: [FB,     FB,     FB],
    inspektoratA:     [FB,     FB,     FB],
    adminB:           [OK,     OK,     IV],
    kepalaB:          [FB,     FB,     FB],
    perencanaB:       [FB,     FB,     FB],
    inspektoratB:     [FB,     FB,     FB],
  },
  async verify({ call, input, changes, audit }) {
    expect(tally(changes)).toEqual({ PerangkatDaerah: "+1", AuditLog: "+1" });
    const [opdId] = addedIds(changes, "PerangkatDaerah");
    expect(await db.perangkatDaerah.findUniqueOrThrow({ where: { id: opdId } })).toMatchObject({
      slug: input.slug,
      name: input.name,
      pemdaId: fx.actors[call.actorKey].pemdaId,
    });
    expect(audit).toMatchObject({
      opdId,
      year: null,
      entity: "PerangkatDaerah",
      entityId: opdId,
      oldValues: null,
      newValues: { slug: input.slug, name: input.name, shortName: input.shortName },
    });
  },
});

// --- bidang.create: the ADMIN adds a bidang to an OPD of their region.

/** `name` null: a fresh one. */
type NewBidangTarget = { opdId: string; name: string | null };

const createBidangMatrix = matrix({
  targets: {
    "dinsos Serang": (): NewBidangTarget => ({ opdId: fx.a.dinsos.opdId, name: null }),
    "dinkes Serang (other OPD)": (): NewBidangTarget => ({ opdId: fx.a.dinkes.opdId, name: null }),
    "dinsos Cilegon (other region)": (): NewBidangTarget => ({ opdId: fx.b.dinsos.opdId, name: null }),
    "dinsos Serang, name already used (Sekretariat)": (): NewBidangTarget => ({
      opdId: fx.a.dinsos.opdId,
      name: "Sekretariat",
    }),
  },
  async prepare(target) {
    return { input: { opdId: target.opdId, name: target.name ?? `Bidang Uji ${next()}` }, state: null };
  },
  // prettier-ignore
  expected: {
    //                 dinsos  dinkes  Cilegon used
    adminA:           [OK,     OK,     NF,     IV],
    kepalaA:          [FB,     NF,     NF,     FB],
    perencanaA:       [FB,     NF,     NF,     FB],
    perencanaRehsosA: [FB,     NF,     NF,     FB],
    inspektoratA:     [FB,     FB,     NF,     FB],
    adminB:           [NF,     NF,     OK,     NF],
    kepalaB:          [NF,     NF,     FB,     NF],
    perencanaB:       [NF,     NF,     FB,     NF],
    inspektoratB:     [NF,     NF,     FB,     NF],
  },
  async verify({ target, call, input, changes, audit }) {
    expect(tally(changes)).toEqual({ Bidang: "+1", AuditLog: "+1" });
    const [bidangId] = addedIds(changes, "Bidang");
    expect(await db.bidang.findUniqueOrThrow({ where: { id: bidangId } })).toMatchObject({
      opdId: target.opdId,
      name: input.name,
      pemdaId: fx.actors[call.actorKey].pemdaId,
    });
    expect(audit).toMatchObject({
      opdId: target.opdId,
      year: null,
      entity: "Bidang",
      entityId: bidangId,
      oldValues: null,
      newValues: { name: input.name },
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

// --- user.update, user.setActive, user.resetPassword: the ADMIN manages the accounts of their region.

type AccountTarget = { region: "A" | "B" } | { self: true };

/** A fresh planner account of dinsos (Serang or Cilegon) for one call, optionally inactive. */
async function newPlanner(region: "A" | "B", caseId: string, active = true) {
  const opdId = region === "A" ? fx.a.dinsos.opdId : fx.b.dinsos.opdId;
  return db.user.create({
    data: {
      pemdaId: region === "A" ? fx.a.pemdaId : fx.b.pemdaId,
      opdId,
      role: "PERENCANA",
      email: `${caseId.toLowerCase()}@akun.test`,
      name: `Perencana ${caseId}`,
      passwordHash: demoPasswordHash,
      active,
    },
  });
}

async function accountOf(target: AccountTarget, call: Call, active = true) {
  if ("self" in target) return db.user.findUniqueOrThrow({ where: { id: fx.actors[call.actorKey].userId } });
  return newPlanner(target.region, call.caseId, active);
}

type UpdateUserTarget = {
  region: "A" | "B";
  change: () => { name?: string; role?: Role; opdId?: string | null; bidangIds?: string[] };
};

const updateUserMatrix = matrix({
  targets: {
    "planner of dinsos Serang, limited to bidang rehabilitasi": (): UpdateUserTarget => ({
      region: "A",
      change: () => ({ bidangIds: [fx.a.dinsos.bidangRehsosId] }),
    }),
    "planner of dinsos Serang, made kepala of dinkes": (): UpdateUserTarget => ({
      region: "A",
      change: () => ({ role: "KEPALA", opdId: fx.a.dinkes.opdId }),
    }),
    "planner of dinsos Cilegon, renamed": (): UpdateUserTarget => ({
      region: "B",
      change: () => ({ name: "Nama Baru Cilegon" }),
    }),
    "planner of dinsos Serang, limited to a dinkes bidang": (): UpdateUserTarget => ({
      region: "A",
      change: () => ({ bidangIds: [fx.a.dinkes.bidangId] }),
    }),
  },
  async prepare(target, call) {
    const user = await newPlanner(target.region, call.caseId);
    const before = { name: user.name, role: user.role, opdId: user.opdId, bidangIds: [] as string[] };
    const change = target.change();
    return {
      input: { userId: user.id, version: user.version, ...before, ...change },
      state: { userId: user.id, before, change },
    };
  },
  // prettier-ignore
  expected: {
    //                 rehsos  kepala  Cilegon mixed
    adminA:           [OK,     OK,     NF,     NF],
    kepalaA:          [FB,     FB,     NF,     FB],
    perencanaA:       [FB,     FB,     NF,     FB],
    perencanaRehsosA: [FB,     FB,     NF,     FB],
    inspektoratA:     [FB,     FB,     NF,     FB],
    adminB:           [NF,     NF,     OK,     NF],
    kepalaB:          [NF,     NF,     FB,     NF],
    perencanaB:       [NF,     NF,     FB,     NF],
    inspektoratB:     [NF,     NF,     FB,     NF],
  },
  async verify({ state: { userId, before, change }, changes, audit }) {
    const bidang = change.bidangIds?.length ?? 0;
    expect(tally(changes)).toEqual({
      User: "~1",
      AuditLog: "+1",
      ...(bidang > 0 ? { UserBidang: `+${bidang}` } : {}),
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { bidang: true } });
    const { name, role, opdId } = { ...before, ...change };
    expect(user).toMatchObject({ name, role, opdId, version: 2 });
    expect(user.bidang.map((b) => b.bidangId)).toEqual(change.bidangIds ?? []);
    const keys = Object.keys(change) as (keyof typeof before)[];
    expect(audit).toMatchObject({
      entity: "User",
      entityId: userId,
      year: null,
      oldValues: Object.fromEntries(keys.map((key) => [key, before[key]])),
      newValues: change,
    });
  },
});

type ActiveTarget = AccountTarget & { active: boolean };

const setUserActiveMatrix = matrix({
  targets: {
    "active planner of dinsos Serang with two sessions, deactivated": (): ActiveTarget => ({
      region: "A",
      active: false,
    }),
    "inactive planner of dinsos Serang, reactivated": (): ActiveTarget => ({ region: "A", active: true }),
    "own account, deactivated": (): ActiveTarget => ({ self: true, active: false }),
    "active planner of dinsos Cilegon, deactivated": (): ActiveTarget => ({ region: "B", active: false }),
  },
  async prepare(target, call) {
    const user = await accountOf(target, call, !target.active);
    if (!target.active && !("self" in target)) {
      await openSession(user.id, `${call.caseId}-1`);
      await openSession(user.id, `${call.caseId}-2`);
    }
    return {
      input: { userId: user.id, active: target.active, version: user.version },
      state: { userId: user.id },
    };
  },
  // prettier-ignore
  expected: {
    //                 deact   react   self    Cilegon
    adminA:           [OK,     OK,     IV,     NF],
    kepalaA:          [FB,     FB,     FB,     NF],
    perencanaA:       [FB,     FB,     FB,     NF],
    perencanaRehsosA: [FB,     FB,     FB,     NF],
    inspektoratA:     [FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     IV,     OK],
    kepalaB:          [NF,     NF,     FB,     FB],
    perencanaB:       [NF,     NF,     FB,     FB],
    inspektoratB:     [NF,     NF,     FB,     FB],
  },
  async verify({ target, state: { userId }, changes, audit }) {
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.active).toBe(target.active);
    if (target.active) {
      expect(tally(changes)).toEqual({ User: "~1", AuditLog: "+1" });
      expect(audit).toMatchObject({ oldValues: { active: false }, newValues: { active: true } });
      return;
    }
    expect(tally(changes)).toEqual({ User: "~1", Session: "~2", AuditLog: "+1" });
    expect(await db.session.count({ where: { userId, endedAt: null } })).toBe(0);
    expect(audit).toMatchObject({
      entity: "User",
      entityId: userId,
      oldValues: { active: true },
      newValues: { active: false, sesiDiakhiri: 2 },
    });
  },
});

const resetPasswordMatrix = matrix({
  targets: {
    "planner of dinsos Serang with a session": (): AccountTarget => ({ region: "A" }),
    "own account": (): AccountTarget => ({ self: true }),
    "planner of dinsos Cilegon with a session": (): AccountTarget => ({ region: "B" }),
  },
  async prepare(target, call) {
    const user = await accountOf(target, call);
    if (!("self" in target)) await openSession(user.id, call.caseId);
    return { input: { userId: user.id }, state: { userId: user.id, sessionVersion: user.sessionVersion } };
  },
  // prettier-ignore
  expected: {
    //                 Serang  self    Cilegon
    adminA:           [OK,     IV,     NF],
    kepalaA:          [FB,     FB,     NF],
    perencanaA:       [FB,     FB,     NF],
    perencanaRehsosA: [FB,     FB,     NF],
    inspektoratA:     [FB,     FB,     NF],
    adminB:           [NF,     IV,     OK],
    kepalaB:          [NF,     FB,     FB],
    perencanaB:       [NF,     FB,     FB],
    inspektoratB:     [NF,     FB,     FB],
  },
  async verify({ state, changes, audit }) {
    expect(tally(changes)).toEqual({ User: "~1", Session: "~1", AuditLog: "+1" });
    const user = await db.user.findUniqueOrThrow({ where: { id: state.userId } });
    expect(user).toMatchObject({ mustChangePassword: true, sessionVersion: state.sessionVersion + 1 });
    expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(false);
    // The temporary password is in the answer only, never in the audit.
    expect(audit).toMatchObject({
      entity: "User",
      entityId: state.userId,
      oldValues: null,
      newValues: { mustChangePassword: true, sesiDiakhiri: 1 },
    });
  },
});

// --- laporan.startYear: the ADMIN or a whole-OPD planner opens a year of an OPD.

type StartYearTarget = { opdId: () => string; fromYear: number | null; opened?: boolean };

let startYearCounter = 2040;

const startYearMatrix = matrix({
  targets: {
    "dinsos Serang, a new empty year": (): StartYearTarget => ({
      opdId: () => fx.a.dinsos.opdId,
      fromYear: null,
    }),
    "dinsos Serang, a new year copied from 2022": (): StartYearTarget => ({
      opdId: () => fx.a.dinsos.opdId,
      fromYear: 2022,
    }),
    "dinsos Serang, 2022 (already opened)": (): StartYearTarget => ({
      opdId: () => fx.a.dinsos.opdId,
      fromYear: null,
      opened: true,
    }),
    "dinkes Serang, a new empty year": (): StartYearTarget => ({
      opdId: () => fx.a.dinkes.opdId,
      fromYear: null,
    }),
    "dinsos Cilegon, a new empty year": (): StartYearTarget => ({
      opdId: () => fx.b.dinsos.opdId,
      fromYear: null,
    }),
  },
  async prepare(target) {
    const year = target.opened ? 2022 : ++startYearCounter;
    return { input: { opdId: target.opdId(), year, fromYear: target.fromYear }, state: { year } };
  },
  // prettier-ignore
  expected: {
    //                 empty   copied  opened  dinkes  Cilegon
    adminA:           [OK,     OK,     IV,     OK,     NF],
    kepalaA:          [FB,     FB,     FB,     NF,     NF],
    perencanaA:       [OK,     OK,     IV,     NF,     NF],
    perencanaRehsosA: [FB,     FB,     FB,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     NF,     OK],
    kepalaB:          [NF,     NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     NF,     OK],
    inspektoratB:     [NF,     NF,     NF,     NF,     FB],
  },
  async verify({ target, state: { year }, changes, audit }) {
    const opdId = target.opdId();
    const laporan = await db.laporanKinerja.findUniqueOrThrow({ where: { opdId_year: { opdId, year } } });
    expect(laporan.status).toBe("DRAFT");
    expect(audit).toMatchObject({ opdId, year, entity: "LaporanKinerja", entityId: laporan.id });
    if (target.fromYear === null) {
      expect(tally(changes)).toEqual({ LaporanKinerja: "+1", AuditLog: "+1" });
      return;
    }
    const counts = await Promise.all([
      db.program.count({ where: { opdId, year } }),
      db.subKegiatan.count({ where: { opdId, year } }),
    ]);
    expect(counts).toEqual([
      await db.program.count({ where: { opdId, year: 2022 } }),
      await db.subKegiatan.count({ where: { opdId, year: 2022 } }),
    ]);
    expect(tally(changes)).toMatchObject({
      LaporanKinerja: "+1",
      PerjanjianKinerja: "+1",
      Program: `+${counts[0]}`,
      SubKegiatan: `+${counts[1]}`,
      AuditLog: "+1",
    });
    const pk = await db.perjanjianKinerja.findUniqueOrThrow({ where: { opdId_year: { opdId, year } } });
    expect(pk).toMatchObject({ signedAt: null, counterpartTitle: "Bupati Serang" });
    expect(audit.newValues).toMatchObject({
      year,
      fromYear: 2022,
      program: counts[0],
      subKegiatan: counts[1],
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

/** Keyed by mutation name: a mutation added to the registry without a table here fails below. */
const matrices: Record<string, Matrix<unknown, unknown, unknown>> = {
  "realisasiAnggaran.save": realisasiMatrix,
  "laporan.transition": transitionMatrix,
  "reviewNote.create": reviewNoteMatrix,
  "perjanjianKinerja.sign": signPkMatrix,
  "user.create": createUserMatrix,
  "settings.update": settingsMatrix,
  "account.changePassword": changePasswordMatrix,
  "session.end": endSessionMatrix,
  "session.endAllOfUser": endUserSessionsMatrix,
  "opd.create": createOpdMatrix,
  "bidang.create": createBidangMatrix,
  "user.update": updateUserMatrix,
  "user.setActive": setUserActiveMatrix,
  "user.resetPassword": resetPasswordMatrix,
  "laporan.startYear": startYearMatrix,
  "realisasiGrid.save": gridMatrix,
  "program.save": programMatrix,
  "kegiatan.save": kegiatanMatrix,
  "subKegiatan.save": subKegiatanMatrix,
  "rekening.save": rekeningMatrix,
  "structure.delete": deleteMatrix,
  "structure.copyYear": copyYearMatrix,
  "indikator.save": indikatorMatrix,
  "targetIndikator.save": targetIndikatorMatrix,
  "narrative.save": narrativeMatrix,
  "renstra.save": renstraMatrix,
  "xlsx.import": importMatrix,
};

const casesOf = (mutation: string) => {
  const m = matrices[mutation]!;
  const targets = Object.keys(m.targets);
  return actorKeys.flatMap((actorKey) =>
    targets.map((target, index) => ({
      actorKey,
      target,
      index,
      outcome: m.expected[actorKey][index] ?? "(no expected outcome)",
    })),
  );
};

/**
 * The matrix runs in several files (so that the integration tier runs them in parallel); each mutation
 * belongs to exactly one of these groups.
 */
export const matrixGroups = {
  entry: [
    "realisasiAnggaran.save",
    "realisasiGrid.save",
    "indikator.save",
    "targetIndikator.save",
    "narrative.save",
  ],
  structure: [
    "program.save",
    "kegiatan.save",
    "subKegiatan.save",
    "rekening.save",
    "structure.delete",
    "structure.copyYear",
    "renstra.save",
    "xlsx.import",
  ],
  workflow: ["laporan.transition", "reviewNote.create", "perjanjianKinerja.sign"],
  administration: [
    "user.create",
    "settings.update",
    "account.changePassword",
    "session.end",
    "session.endAllOfUser",
    "opd.create",
    "bidang.create",
    "user.update",
    "user.setActive",
    "user.resetPassword",
    "laporan.startYear",
  ],
} as const;

export function describeCoverage(): void {
  describe("coverage of the matrix", () => {
    it.each(Object.keys(mutations))(
      "%s has a case table with an outcome for every actor and target",
      (name) => {
        const m = matrices[name];
        expect(
          m,
          `no case table for mutation ${name}: add one to permission-matrix/matrices.ts`,
        ).toBeDefined();
        for (const actorKey of actorKeys) {
          expect(m!.expected[actorKey], actorKey).toHaveLength(Object.keys(m!.targets).length);
        }
      },
    );

    it("has no table for a mutation that is not in the registry", () => {
      expect(Object.keys(matrices).filter((name) => !(name in mutations))).toEqual([]);
    });

    it("runs every table in exactly one file", () => {
      expect(Object.values(matrixGroups).flat().sort()).toEqual(Object.keys(matrices).sort());
    });

    it("walks exactly the transitions of lib/workflow, with a note where one is required", () => {
      const shape = (t: { from: string; to: string; noteRequired: boolean }) =>
        `${t.from} → ${t.to}${t.noteRequired ? " (note)" : ""}`;
      expect(moves.map((m) => shape({ ...m, noteRequired: m.note !== undefined })).sort()).toEqual(
        transitions.map(shape).sort(),
      );
    });

    it("acts as the principals it claims to", () => {
      const { actors } = fx;
      expect(actors.perencanaA).toMatchObject({ role: "PERENCANA", opdId: fx.a.dinsos.opdId, bidangIds: [] });
      expect(actors.perencanaRehsosA).toMatchObject({
        role: "PERENCANA",
        opdId: fx.a.dinsos.opdId,
        bidangIds: [fx.a.dinsos.bidangRehsosId],
      });
      expect(actors.kepalaB).toMatchObject({
        role: "KEPALA",
        pemdaId: fx.b.pemdaId,
        opdId: fx.b.dinsos.opdId,
      });
      for (const key of actorKeys)
        expect(actors[key].pemdaId).toBe(fx[regionOf(key) === "A" ? "a" : "b"].pemdaId);
    });
  });
}

/** The case tables of `names`, every actor on every target. */
export function describeMatrices(names: readonly string[]): void {
  describe.each(names)("%s", (mutation) => {
    type Case = ReturnType<typeof casesOf>[number];
    const run = async ({ actorKey, target, index, outcome }: Case) => {
      const m = matrices[mutation]!;
      const call: Call = { actorKey, caseId: `${actorKey}-${mutation}-${index}` };
      const actor = fx.actors[actorKey];
      const resolved = m.targets[target]!();
      const { input, state } = await m.prepare(resolved, call);

      const attempted = await attempt(mutations[mutation]!, actor, input);

      if (outcome !== OK) return expectRefused(attempted, outcome);
      expect(attempted.result).toMatchObject({ ok: true });
      const audits = await addedAuditRows(attempted.changes);
      expect(audits, "audit entries added").toHaveLength(m.audits?.(resolved) ?? 1);
      for (const audit of audits) {
        expect(audit).toMatchObject({ userId: actor.userId, pemdaId: actor.pemdaId, action: mutation });
      }
      await m.verify({
        target: resolved,
        call,
        input,
        state,
        changes: attempted.changes,
        audit: audits[0]!,
        audits,
      });
    };
    it.each(casesOf(mutation))("$actorKey on $target → $outcome", run);
  });
}

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
          // FINAL freezes the PDF (tests/integration/lkip-freeze.test.ts).
          ...(step.to === "FINAL" ? { LkipRevision: "+1" } : {}),
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
