import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { changePassword } from "@/lib/server/account/change-password";
import { authenticate } from "@/lib/server/auth/authenticate";
import { loadSessionPrincipal } from "@/lib/server/auth/load-principal";
import { auditFilterInput } from "@/lib/inputs/audit";
import { exportRegionAuditTrail } from "@/lib/server/audit/export-audit-trail";
import { listRegionAuditEntries } from "@/lib/server/audit/list-audit-entries";
import { db } from "@/lib/server/db";
import { startYear } from "@/lib/server/laporan/start-year";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { createOpd } from "@/lib/server/opd-admin/create-opd";
import { findOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { listVisibleOpds } from "@/lib/server/opd/list-opds";
import { saveProgram } from "@/lib/server/structure/save-program";
import { resetPassword } from "@/lib/server/users/reset-password";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { updateUser } from "@/lib/server/users/update-user";
import { DEMO_PASSWORD } from "@/prisma/demo/demo-password";
import {
  attempt,
  expectRefused,
  noChanges,
  openSession,
  principalOf,
  type Regions,
  setUpRegions,
} from "./fixtures";

/** Administration end to end: the effects of a reset, a deactivation, an edit and a new OPD's first year. */

let fx: Regions;
let admin: Principal;
const address = "203.0.113.50";
const signIn = (email: string, password: string) => authenticate({ email, password, clientAddress: address });

beforeAll(async () => {
  fx = await setUpRegions();
  admin = fx.actors.adminA;
});

describe("resetting a password", () => {
  it("stops the old password and the open sessions; the temporary one works once and forces a change", async () => {
    const email = "perencana.linjamsos@sakip.demo";
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const cookie = await openSession(user.id, "sebelum-reset");
    expect(await loadSessionPrincipal(cookie)).not.toBeNull();

    const reset = await executeMutation(resetPassword, admin, { userId: user.id });
    if (!reset.ok) throw new Error(reset.error.message);
    const temporary = reset.value.temporaryPassword;
    expect(temporary).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

    expect(await loadSessionPrincipal(cookie), "the old cookie opens nothing").toBeNull();
    expect(await signIn(email, DEMO_PASSWORD)).toMatchObject({ ok: false });
    const first = await signIn(email, temporary);
    expect(first).toMatchObject({ ok: true });
    expect(await signIn(email, temporary), "a temporary password works once").toMatchObject({ ok: false });

    const session = await openSession(user.id, "sementara");
    const principal = (await loadSessionPrincipal(session))!;
    expect(principal).toMatchObject({ mustChangePassword: true });
    // Nothing else before the new password, whatever the role allows.
    const program = await attempt(saveProgram, principal, { opdId: fx.a.dinsos.opdId });
    expectRefused(program, "FORBIDDEN");
    expect(program.result).toMatchObject({
      error: { message: expect.stringContaining("kata sandi sementara") },
    });

    const newPassword = "sandi-pilihan-sendiri-2026";
    const changed = await executeMutation(changePassword, principal, {
      newPassword,
      confirmPassword: newPassword,
    });
    expect(changed).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      mustChangePassword: false,
    });
    expect(await signIn(email, newPassword)).toMatchObject({ ok: true });
    expect(await signIn(email, temporary)).toMatchObject({ ok: false });
  });

  it("asks an ordinary change for the current password still", async () => {
    const principal = await principalOf("perencana.rehsos@sakip.demo");
    const attempted = await attempt(changePassword, principal, {
      newPassword: "sandi-baru-panjang-2026",
      confirmPassword: "sandi-baru-panjang-2026",
    });
    expectRefused(attempted, "INVALID");
  });
});

describe("deactivating an account", () => {
  it("ends every session at once; the account cannot sign in until it is reactivated", async () => {
    const email = "inspektorat.serang@sakip.demo";
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const cookies = [await openSession(user.id, "laptop"), await openSession(user.id, "ponsel")];
    for (const cookie of cookies) expect(await loadSessionPrincipal(cookie)).not.toBeNull();

    const off = await executeMutation(setUserActive, admin, {
      userId: user.id,
      active: false,
      version: user.version,
    });
    expect(off).toMatchObject({ ok: true, value: { sessionsEnded: 2 } });
    for (const cookie of cookies) expect(await loadSessionPrincipal(cookie)).toBeNull();
    expect(await db.session.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
    expect(await signIn(email, DEMO_PASSWORD)).toMatchObject({ ok: false });

    const on = await executeMutation(setUserActive, admin, {
      userId: user.id,
      active: true,
      version: user.version + 1,
    });
    expect(on).toMatchObject({ ok: true });
    expect(await signIn(email, DEMO_PASSWORD)).toMatchObject({ ok: true });
    for (const cookie of cookies) expect(await loadSessionPrincipal(cookie), "ended stays ended").toBeNull();
  });

  it("refuses a stale version (CONFLICT), changing nothing", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "kepala.dinsos@sakip.demo" } });
    const attempted = await attempt(setUserActive, admin, {
      userId: user.id,
      active: false,
      version: user.version - 1,
    });
    expectRefused(attempted, "CONFLICT");
  });
});

describe("editing an account", () => {
  it("changes role and scope, effective on the next request, with the old and new values audited", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "perencana.dinsos@sakip.demo" } });
    const edited = await executeMutation(updateUser, admin, {
      userId: user.id,
      version: user.version,
      name: "Perencana Rehabilitasi",
      role: "PERENCANA",
      opdId: fx.a.dinsos.opdId,
      bidangIds: [fx.a.dinsos.bidangRehsosId],
    });
    expect(edited).toMatchObject({ ok: true });
    const principal = await principalOf("perencana.dinsos@sakip.demo");
    expect(principal).toMatchObject({
      name: "Perencana Rehabilitasi",
      bidangIds: [fx.a.dinsos.bidangRehsosId],
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "user.update", entityId: user.id },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      userId: admin.userId,
      oldValues: { name: user.name, bidangIds: [] },
      newValues: { name: "Perencana Rehabilitasi", bidangIds: [fx.a.dinsos.bidangRehsosId] },
    });

    const kepala = await executeMutation(updateUser, admin, {
      userId: user.id,
      version: user.version + 1,
      name: "Perencana Rehabilitasi",
      role: "KEPALA",
      opdId: fx.a.dinsos.opdId,
      bidangIds: [fx.a.dinsos.bidangRehsosId],
    });
    expect(kepala).toMatchObject({
      ok: false,
      error: { kind: "INVALID", fields: { bidangIds: "Hanya perencana yang dapat dibatasi per bidang" } },
    });
  });

  it("records nothing when the form is saved unchanged", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "kepala.dinsos@sakip.demo" } });
    const attempted = await attempt(updateUser, admin, {
      userId: user.id,
      version: user.version,
      name: user.name,
      role: user.role,
      opdId: user.opdId,
      bidangIds: [],
    });
    expect(attempted.result).toMatchObject({ ok: true });
    expect(attempted.changes).toEqual(noChanges);
  });

  it("keeps the administrator's own role", async () => {
    const self = await db.user.findUniqueOrThrow({ where: { id: admin.userId } });
    const attempted = await attempt(updateUser, admin, {
      userId: self.id,
      version: self.version,
      name: self.name,
      role: "INSPEKTORAT",
      opdId: null,
      bidangIds: [],
    });
    expectRefused(attempted, "INVALID");
  });
});

describe("the administration trail", () => {
  it("shows account changes by name, to the region's administrator only, without other regions' entries", async () => {
    const filter = auditFilterInput.parse({ entitas: "User" });
    const trail = (await listRegionAuditEntries(admin, filter))!;
    const edit = trail.entries.find((e) => e.action === "user.update")!;
    expect(edit.item).toMatchObject({
      name: "Perencana Rehabilitasi (perencana.dinsos@sakip.demo)",
      href: "/admin",
    });
    expect(edit.changes.find((c) => c.field === "bidangIds")).toMatchObject({
      old: { text: "—" },
      new: { text: "Bidang Rehabilitasi Sosial" },
    });
    expect(trail.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(["user.resetPassword", "user.setActive", "user.update"]),
    );
    expect(await listRegionAuditEntries(fx.actors.inspektoratA, filter)).toBeNull();
    const other = (await listRegionAuditEntries(fx.actors.adminB, filter))!;
    expect(other.entries.filter((e) => e.action === "user.update")).toEqual([]);

    const file = (await exportRegionAuditTrail(admin, filter))!;
    expect(file.filename).toBe("jejak-audit-administrasi.xlsx");
    expect(await exportRegionAuditTrail(fx.actors.kepalaA, filter)).toBeNull();
  });
});

describe("a new OPD", () => {
  it("has no year until the administrator starts one; then its page opens and the home page lists it", async () => {
    const created = await executeMutation(createOpd, admin, {
      slug: "bappeda-serang",
      name: "Badan Perencanaan Pembangunan Daerah",
    });
    if (!created.ok) throw new Error(created.error.message);
    const opdId = created.value.id;
    const listed = async () => (await listVisibleOpds(admin)).find((opd) => opd.id === opdId)!;
    expect((await listed()).laporan).toEqual([]);
    expect(await findOpdYearContext(admin, "bappeda-serang", "2026")).toBeNull();

    const started = await executeMutation(startYear, admin, { opdId, year: 2026 });
    expect(started).toMatchObject({ ok: true, value: { year: 2026, slug: "bappeda-serang" } });
    expect((await listed()).laporan).toEqual([{ year: 2026, status: "DRAFT" }]);
    const context = await findOpdYearContext(admin, "bappeda-serang", "2026");
    expect(context).toMatchObject({ year: 2026, laporan: { status: "DRAFT" } });

    const again = await attempt(startYear, admin, { opdId, year: 2026 });
    expectRefused(again, "INVALID");
    expect(again.result).toMatchObject({ error: { message: expect.stringContaining("sudah memiliki") } });
  });

  it("can start from another year's structure, by a whole-OPD planner", async () => {
    const limited = await attempt(startYear, fx.actors.perencanaRehsosA, {
      opdId: fx.a.dinsos.opdId,
      year: 2023,
      fromYear: 2022,
    });
    expectRefused(limited, "FORBIDDEN");
    const copied = await executeMutation(startYear, fx.actors.perencanaB, {
      opdId: fx.b.dinsos.opdId,
      year: 2023,
      fromYear: 2022,
    });
    expect(copied).toMatchObject({ ok: true, value: { year: 2023 } });
    expect(await db.subKegiatan.count({ where: { opdId: fx.b.dinsos.opdId, year: 2023 } })).toBe(2);
    expect(
      await db.perjanjianKinerja.findUniqueOrThrow({
        where: { opdId_year: { opdId: fx.b.dinsos.opdId, year: 2023 } },
      }),
    ).toMatchObject({ signerName: "Kepala Dinas Sosial Kota Cilegon", signedAt: null });
  });
});
