import { beforeAll, describe, expect, it } from "vitest";
import { changePassword } from "@/lib/server/account/change-password";
import { ADDRESS_BUDGET, ADDRESS_WINDOW_MINUTES, FREE_FAILURES } from "@/lib/auth/sign-in-throttle";
import { authenticate, WRONG_CREDENTIALS } from "@/lib/server/auth/authenticate";
import { loadPrincipal, loadSessionPrincipal } from "@/lib/server/auth/load-principal";
import { verifyPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db";
import { DEMO_PASSWORD } from "@/prisma/demo/demo-password";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { attempt, diffSnapshots, noChanges, principalOf, snapshotDatabase } from "./fixtures";

const WRONG = WRONG_CREDENTIALS;
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

const here = "203.0.113.10";
const elsewhere = "198.51.100.20";
const at = (t0: Date, seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe("authenticate", () => {
  const throttle = (email: string, clientAddress = here) =>
    db.signInThrottle.findUnique({ where: { email_clientAddress: { email, clientAddress } } });

  it("accepts the right password, whatever the case and spaces around the email", async () => {
    const user = await account("admin.serang@sakip.demo");
    expect(
      await authenticate({
        email: "  Admin.Serang@SAKIP.demo ",
        password: DEMO_PASSWORD,
        clientAddress: here,
      }),
    ).toEqual({ ok: true, userId: user.id, sessionVersion: user.sessionVersion });
  });

  it("refuses a wrong password with the generic message, and forgets the failures after a success", async () => {
    const email = "inspektorat.serang@sakip.demo";
    for (const password of ["salah-sekali", "salah-lagi"]) {
      expect(await authenticate({ email, password, clientAddress: here })).toEqual({
        ok: false,
        message: WRONG,
      });
    }
    expect(await throttle(email)).toMatchObject({ failures: 2 });
    expect(await authenticate({ email, password: DEMO_PASSWORD, clientAddress: here })).toMatchObject({
      ok: true,
    });
    expect(await throttle(email)).toBeNull();
  });

  it.each([
    ["an unknown email", "tidak.ada@sakip.demo", DEMO_PASSWORD],
    ["an inactive account, right password", "nonaktif@sakip.demo", DEMO_PASSWORD],
    ["an inactive account, wrong password", "nonaktif@sakip.demo", "apa-saja"],
  ])("answers %s exactly as a wrong password, touching no account", async (_, email, password) => {
    const accounts = await db.user.findMany({ orderBy: { id: "asc" } });
    expect(await authenticate({ email, password, clientAddress: here })).toEqual({
      ok: false,
      message: WRONG,
    });
    expect(await db.user.findMany({ orderBy: { id: "asc" } })).toEqual(accounts);
    expect((await throttle(email))?.failures).toBeGreaterThan(0);
  });

  describe.each([
    ["an account", "perencana.linjamsos@sakip.demo"],
    ["an address without an account, alike", "tidak.terdaftar@sakip.demo"],
  ])("slows down guesses at %s from one address", (_, email) => {
    const t0 = new Date("2026-03-02T07:00:00Z");
    // Each test starts from no failures and makes its own: none depends on another having run.
    const guess = async (times: number) => {
      await db.signInThrottle.deleteMany({ where: { email } });
      await db.signInBudget.deleteMany({});
      const results = [];
      for (let i = 0; i < times; i++) {
        const now = at(t0, i * 3600); // an hour apart: every wait has passed
        results.push(await authenticate({ email, password: "bukan-sandinya", clientAddress: here, now }));
      }
      return results;
    };

    it(`waits after ${FREE_FAILURES} failures, twice as long after each further one`, async () => {
      const results = await guess(FREE_FAILURES + 2);
      expect(results.slice(0, FREE_FAILURES - 1)).toEqual(
        Array(FREE_FAILURES - 1).fill({ ok: false, message: WRONG }),
      );
      expect(results.slice(FREE_FAILURES - 1).map((r) => (r.ok ? "ok" : r.message))).toEqual([
        `${WRONG} Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Coba lagi dalam 2 detik.`,
        `${WRONG} Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Coba lagi dalam 4 detik.`,
        `${WRONG} Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Coba lagi dalam 8 detik.`,
      ]);
      expect((await throttle(email))?.failures).toBe(FREE_FAILURES + 2);
    });

    it("refuses even the right password from that address during the wait, changing nothing", async () => {
      await guess(FREE_FAILURES + 2);
      const last = at(t0, (FREE_FAILURES + 1) * 3600);
      const before = await snapshotDatabase();
      const result = await authenticate({
        email,
        password: DEMO_PASSWORD,
        clientAddress: here,
        now: at(last, 5),
      });
      expect(result).toEqual({
        ok: false,
        message: "Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Coba lagi dalam 3 detik.",
      });
      expect(diffSnapshots(before, await snapshotDatabase())).toEqual(noChanges);
    });

    it("never keeps the owner out from another address", async () => {
      await guess(FREE_FAILURES + 2);
      const last = at(t0, (FREE_FAILURES + 1) * 3600);
      const result = await authenticate({
        email,
        password: DEMO_PASSWORD,
        clientAddress: elsewhere,
        now: at(last, 1),
      });
      if (email.startsWith("tidak")) return expect(result).toEqual({ ok: false, message: WRONG });
      const user = await account(email);
      expect(result).toEqual({ ok: true, userId: user.id, sessionVersion: user.sessionVersion });
    });
  });

  it(`after ${ADDRESS_BUDGET} failures spread over many accounts, stops that address's failing emails only`, async () => {
    await db.signInBudget.deleteMany({});
    const t0 = new Date("2026-03-03T07:00:00Z");
    for (let i = 0; i < ADDRESS_BUDGET; i++) {
      const email = `tebakan.${i}@sakip.demo`;
      expect(await authenticate({ email, password: "x", clientAddress: here, now: at(t0, i) })).toEqual({
        ok: false,
        message: WRONG,
      });
    }
    const now = at(t0, ADDRESS_BUDGET);
    // The window opened at 14.00 WIB and lasts ADDRESS_WINDOW_MINUTES.
    const blocked = `Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Coba lagi setelah pukul 14.${ADDRESS_WINDOW_MINUTES} WIB.`;
    // An email that failed from here waits for the window's end, even with the right password.
    expect(
      await authenticate({ email: "tebakan.0@sakip.demo", password: "y", clientAddress: here, now }),
    ).toEqual({ ok: false, message: blocked });
    // The head in the same office, behind the same address, signs in with the right password.
    const head = await account("kepala.dinsos@sakip.demo");
    expect(
      await authenticate({ email: head.email, password: DEMO_PASSWORD, clientAddress: here, now }),
    ).toEqual({ ok: true, userId: head.id, sessionVersion: head.sessionVersion });
    // A further account gets one checked guess; once it failed, the spent budget stops it too.
    const email = "admin.serang@sakip.demo";
    expect(await authenticate({ email, password: "x", clientAddress: here, now })).toEqual({
      ok: false,
      message: WRONG,
    });
    expect(await authenticate({ email, password: DEMO_PASSWORD, clientAddress: here, now })).toEqual({
      ok: false,
      message: blocked,
    });
    const later = at(t0, ADDRESS_WINDOW_MINUTES * 60 + 1);
    expect(
      await authenticate({ email, password: DEMO_PASSWORD, clientAddress: here, now: later }),
    ).toMatchObject({ ok: true });
  });

  it("counts parallel guesses one by one: none slips past the wait", async () => {
    const email = "perencana.rehsos@sakip.demo";
    await db.signInThrottle.deleteMany({ where: { email } });
    await db.signInBudget.deleteMany({});
    const now = new Date("2026-03-04T07:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 8 }, () => authenticate({ email, password: "tebak", clientAddress: here, now })),
    );
    // The first FREE_FAILURES are checked; every later one finds the wait and is not even checked.
    expect(results.filter((r) => !r.ok && r.message === WRONG)).toHaveLength(FREE_FAILURES - 1);
    expect((await throttle(email))?.failures).toBe(FREE_FAILURES);
  });
});

describe("sessions", () => {
  const open = async (
    email: string,
    change: Partial<{ endedAt: Date; expiresAt: Date; sessionVersion: number }> = {},
  ) => {
    const user = await account(email);
    const id = `sesi-${Math.random().toString(36).slice(2)}`;
    await db.session.create({
      data: {
        id,
        pemdaId: user.pemdaId,
        userId: user.id,
        sessionVersion: user.sessionVersion,
        expiresAt: new Date(Date.now() + 3600_000),
        ...change,
      },
    });
    return id;
  };

  it("opens a live session as its user, and nothing once it has ended, expired or been voided", async () => {
    const email = "perencana.dinsos@sakip.demo";
    const live = await open(email);
    expect(await loadSessionPrincipal(live)).toMatchObject({ name: expect.any(String), sessionId: live });
    expect(await loadSessionPrincipal(await open(email, { endedAt: new Date() }))).toBeNull();
    expect(
      await loadSessionPrincipal(await open(email, { expiresAt: new Date(Date.now() - 1000) })),
    ).toBeNull();
    expect(await loadSessionPrincipal(await open(email, { sessionVersion: 0 }))).toBeNull();
    expect(await loadSessionPrincipal("tidak-ada")).toBeNull();
  });

  it("opens nothing for an inactive account", async () => {
    expect(await loadSessionPrincipal(await open("nonaktif@sakip.demo"))).toBeNull();
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
    expect(await authenticate({ email, password: DEMO_PASSWORD, clientAddress: here })).toMatchObject({
      ok: false,
    });
    expect(await authenticate({ email, password: newPassword, clientAddress: here })).toEqual({
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
