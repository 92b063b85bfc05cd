import { beforeAll, describe, expect, it } from "vitest";
import { changePassword } from "@/lib/server/account/change-password";
import { authenticate, LOCK_MINUTES, MAX_FAILED_SIGN_INS } from "@/lib/server/auth/authenticate";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { verifyPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db";
import { DEMO_PASSWORD } from "@/prisma/demo/demo-password";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { attempt, diffSnapshots, noChanges, principalOf, snapshotDatabase } from "./fixtures";

const WRONG = "Email atau kata sandi salah. Setelah 5 kali gagal berturut-turut, email ini dikunci 15 menit.";
const minutes = (n: number) => n * 60_000;
const account = (email: string) => db.user.findUniqueOrThrow({ where: { email } });

beforeAll(async () => {
  await loadDemo(db, serang2022);
  const { pemdaId, passwordHash } = await account("admin.serang@sakip.demo");
  await db.user.create({
    data: {
      pemdaId,
      email: "nonaktif@sakip.demo",
      name: "Akun Nonaktif",
      role: "INSPEKTORAT",
      passwordHash,
      active: false,
    },
  });
});

describe("authenticate", () => {
  const throttle = (email: string) => db.signInThrottle.findUnique({ where: { email } });

  it("accepts the right password, whatever the case and spaces around the email", async () => {
    const user = await account("admin.serang@sakip.demo");
    expect(await authenticate({ email: "  Admin.Serang@SAKIP.demo ", password: DEMO_PASSWORD })).toEqual({
      ok: true,
      userId: user.id,
      sessionVersion: user.sessionVersion,
    });
  });

  it("refuses a wrong password with the generic message, and forgets the failures after a success", async () => {
    const email = "inspektorat.serang@sakip.demo";
    expect(await authenticate({ email, password: "salah-sekali" })).toEqual({ ok: false, message: WRONG });
    expect(await authenticate({ email, password: "salah-lagi" })).toEqual({ ok: false, message: WRONG });
    expect(await throttle(email)).toMatchObject({ failures: 2, lockedUntil: null });
    expect(await authenticate({ email, password: DEMO_PASSWORD })).toMatchObject({ ok: true });
    expect(await throttle(email)).toBeNull();
  });

  it.each([
    ["an unknown email", "tidak.ada@sakip.demo", DEMO_PASSWORD],
    ["an inactive account, right password", "nonaktif@sakip.demo", DEMO_PASSWORD],
    ["an inactive account, wrong password", "nonaktif@sakip.demo", "apa-saja"],
  ])("answers %s exactly as a wrong password, touching no account", async (_, email, password) => {
    const accounts = await db.user.findMany({ orderBy: { id: "asc" } });
    expect(await authenticate({ email, password })).toEqual({ ok: false, message: WRONG });
    expect(await db.user.findMany({ orderBy: { id: "asc" } })).toEqual(accounts);
    expect((await throttle(email))?.failures).toBeGreaterThan(0);
  });

  describe.each([
    ["an account", "perencana.linjamsos@sakip.demo"],
    ["an address without an account, alike", "tidak.terdaftar@sakip.demo"],
  ])(`locks %s for ${LOCK_MINUTES} minutes after ${MAX_FAILED_SIGN_INS} failures`, (_, email) => {
    // 07:00 UTC = 14:00 WIB, so the lock lasts until 14.15 WIB.
    const t0 = new Date("2026-03-02T07:00:00Z");
    const at = (m: number) => new Date(t0.getTime() + minutes(m));
    const locked = "Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah pukul 14.15 WIB.";
    // Each test starts from no failures and makes its own: none depends on another having run.
    const failUntilLocked = async () => {
      await db.signInThrottle.deleteMany({ where: { email } });
      const results = [];
      for (let i = 1; i <= MAX_FAILED_SIGN_INS; i++) {
        results.push(await authenticate({ email, password: "bukan-sandinya", now: t0 }));
      }
      return results;
    };

    it("locks on the fifth failure", async () => {
      expect(await failUntilLocked()).toEqual(Array(MAX_FAILED_SIGN_INS).fill({ ok: false, message: WRONG }));
      expect(await throttle(email)).toMatchObject({ failures: 0, lockedUntil: at(LOCK_MINUTES) });
    });

    it.each([1, 14])("refuses even the right password %i minutes later, changing nothing", async (m) => {
      await failUntilLocked();
      const before = await snapshotDatabase();
      expect(await authenticate({ email, password: DEMO_PASSWORD, now: at(m) })).toEqual({
        ok: false,
        message: locked,
      });
      expect(diffSnapshots(before, await snapshotDatabase())).toEqual(noChanges);
    });

    it("after the lock, counts afresh", async () => {
      await failUntilLocked();
      const result = await authenticate({ email, password: DEMO_PASSWORD, now: at(16) });
      if (email.startsWith("tidak")) {
        expect(result).toEqual({ ok: false, message: WRONG });
        expect(await throttle(email)).toMatchObject({ failures: 1 });
      } else {
        const user = await account(email);
        expect(result).toEqual({ ok: true, userId: user.id, sessionVersion: user.sessionVersion });
        expect(await throttle(email)).toBeNull();
      }
    });
  });
});

describe("changePassword", () => {
  const newPassword = "kata-sandi-baru-2026";

  it("refuses a wrong current password (INVALID) and changes nothing", async () => {
    const kepala = await principalOf("kepala.dinsos@sakip.demo");
    const attempted = await attempt(changePassword, kepala, {
      currentPassword: "bukan-sandi-lama",
      newPassword,
      confirmPassword: newPassword,
    });
    expect(attempted.result).toEqual({
      ok: false,
      error: { kind: "INVALID", message: "Kata sandi saat ini salah.", current: undefined },
    });
    expect(attempted.changes).toEqual(noChanges);
  });

  it.each([
    ["a confirmation that differs", { confirmPassword: "kata-sandi-lain-2026" }, "confirmPassword"],
    [
      "a new password under 12 characters",
      { newPassword: "pendek", confirmPassword: "pendek" },
      "newPassword",
    ],
    ["no current password", { currentPassword: "" }, "currentPassword"],
  ])("refuses %s (INVALID on that field) and changes nothing", async (_, change, field) => {
    const kepala = await principalOf("kepala.dinsos@sakip.demo");
    const input = { currentPassword: DEMO_PASSWORD, newPassword, confirmPassword: newPassword, ...change };
    const attempted = await attempt(changePassword, kepala, input);
    expect(attempted.result).toMatchObject({ ok: false, error: { kind: "INVALID" } });
    const { error } = attempted.result as { error: { fields: Record<string, string> } };
    expect(Object.keys(error.fields)).toEqual([field]);
    expect(attempted.changes).toEqual(noChanges);
  });

  it("names the mismatch on confirmPassword", async () => {
    const kepala = await principalOf("kepala.dinsos@sakip.demo");
    const attempted = await attempt(changePassword, kepala, {
      currentPassword: DEMO_PASSWORD,
      newPassword,
      confirmPassword: "kata-sandi-lain-2026",
    });
    expect(attempted.result).toMatchObject({
      ok: false,
      error: { kind: "INVALID", fields: { confirmPassword: "Konfirmasi kata sandi tidak sama" } },
    });
  });

  it("changes the password and voids the sessions of the old version", async () => {
    const before = await account("kepala.dinsos@sakip.demo");
    const kepala = await principalOf("kepala.dinsos@sakip.demo");
    const attempted = await attempt(changePassword, kepala, {
      currentPassword: DEMO_PASSWORD,
      newPassword,
      confirmPassword: newPassword,
    });
    expect(attempted.result).toEqual({
      ok: true,
      value: { userId: before.id, sessionVersion: before.sessionVersion + 1 },
    });

    expect(await loadPrincipal({ userId: before.id, sessionVersion: before.sessionVersion })).toBeNull();
    expect(await loadPrincipal({ userId: before.id, sessionVersion: before.sessionVersion + 1 })).toEqual(
      kepala,
    );

    const after = await account("kepala.dinsos@sakip.demo");
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(await verifyPassword(after.passwordHash, newPassword)).toBe(true);

    const email = "kepala.dinsos@sakip.demo";
    expect(await authenticate({ email, password: DEMO_PASSWORD })).toMatchObject({ ok: false });
    expect(await authenticate({ email, password: newPassword })).toEqual({
      ok: true,
      userId: before.id,
      sessionVersion: before.sessionVersion + 1,
    });

    const audit = await db.auditLog.findMany({
      where: { action: "account.changePassword", entityId: before.id },
    });
    expect(audit).toHaveLength(1);
    // The audit entry says who and when, never anything about the password itself.
    expect(audit[0]).toMatchObject({ userId: before.id, entity: "User", oldValues: null, newValues: null });
  });
});

describe("stored passwords", () => {
  it("are argon2id hashes for every account, never the password itself", async () => {
    const users = await db.user.findMany({ select: { email: true, passwordHash: true } });
    expect(users.length).toBeGreaterThan(5);
    for (const { email, passwordHash } of users) {
      expect(passwordHash, email).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
      expect(passwordHash, email).not.toContain(DEMO_PASSWORD);
    }
  });
});
