import { expect } from "vitest";
import type { Role } from "@/lib/generated/prisma/client";
import { verifyPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db";
import { DEMO_PASSWORD } from "@/prisma/demo/demo-password";
import { type ActorKey, openSession, tally } from "../fixtures";
import {
  OK,
  NF,
  FB,
  IV,
  fx,
  demoPasswordHash,
  otherPemdaId,
  addedIds,
  next,
  type Call,
  type MatrixGroup,
  matrix,
} from "./harness";

/** Permission matrix, administration group (see ./harness.ts). Administration: accounts, sessions, passwords, calculation settings, OPDs and bidang, opening a year. */

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

/** The tables of this group, keyed by mutation name. */
export const administrationMatrices: MatrixGroup = {
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
};
