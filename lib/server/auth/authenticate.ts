import "server-only";
import { randomBytes } from "node:crypto";
import {
  addressBlockedUntil,
  countAddressFailure,
  delayAfter,
  FREE_FAILURES,
} from "@/lib/auth/sign-in-throttle";
import { formatTime } from "@/lib/format";
import { db } from "../db";
import { hashPassword, verifyPassword } from "./password";

// Verified against when the email is unknown, so both failures take the same time.
const unknownUserHash = hashPassword("tidak-ada-pengguna-ini");

export type AuthenticateResult =
  { ok: true; userId: string; sessionVersion: number } | { ok: false; message: string };

export const WRONG_CREDENTIALS = "Email atau kata sandi salah.";

/** The wait, in words: seconds while it is short, the time of day (WIB) once it is long. */
export function waitMessage(until: Date, now: Date): string {
  const seconds = Math.ceil((until.getTime() - now.getTime()) / 1000);
  const when = seconds < 60 ? `dalam ${seconds} detik` : `setelah pukul ${formatTime(until)} WIB`;
  return `Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Coba lagi ${when}.`;
}

/**
 * Checks an email and password from a client address, throttled by lib/auth/sign-in-throttle. The
 * counters live in the database (the app servers keep no state) and are locked for the length of the
 * check, so parallel guesses queue instead of slipping past the delay. Every answer is the same for an
 * email with and without an account.
 */
export async function authenticate({
  email,
  password,
  clientAddress,
  now = new Date(),
}: {
  email: string;
  password: string;
  clientAddress: string;
  now?: Date;
}): Promise<AuthenticateResult> {
  const address = email.trim().toLowerCase();
  const key = { email: address, clientAddress };
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`INSERT INTO "SignInThrottle" ("email", "clientAddress", "failures", "blockedUntil", "updatedAt")
        VALUES (${address}, ${clientAddress}, 0, ${now}, ${now}) ON CONFLICT DO NOTHING`;
      await tx.$executeRaw`INSERT INTO "SignInBudget" ("clientAddress", "windowStart", "failures")
        VALUES (${clientAddress}, ${now}, 0) ON CONFLICT DO NOTHING`;
      const [throttle] = await tx.$queryRaw<{ failures: number; blockedUntil: Date }[]>`
        SELECT "failures", "blockedUntil" FROM "SignInThrottle"
        WHERE "email" = ${address} AND "clientAddress" = ${clientAddress} FOR UPDATE`;
      const [budget] = await tx.$queryRaw<{ failures: number; windowStart: Date }[]>`
        SELECT "failures", "windowStart" FROM "SignInBudget" WHERE "clientAddress" = ${clientAddress} FOR UPDATE`;

      const blockedUntil =
        addressBlockedUntil(budget!, throttle!.failures, now) ??
        (throttle!.blockedUntil > now ? throttle!.blockedUntil : null);
      if (blockedUntil) return { ok: false, message: waitMessage(blockedUntil, now) };

      const user = await tx.user.findUnique({ where: { email: address } });
      const valid = user?.active
        ? await verifyPassword(user.passwordHash, password)
        : await verifyPassword(await unknownUserHash, password).then(() => false);
      if (!user || !valid) {
        const failures = throttle!.failures + 1;
        const until = new Date(now.getTime() + delayAfter(failures) * 1000);
        await tx.signInThrottle.update({
          where: { email_clientAddress: key },
          data: { failures, blockedUntil: until },
        });
        await tx.signInBudget.update({ where: { clientAddress }, data: countAddressFailure(budget!, now) });
        return {
          ok: false,
          message:
            failures >= FREE_FAILURES ? `${WRONG_CREDENTIALS} ${waitMessage(until, now)}` : WRONG_CREDENTIALS,
        };
      }
      await tx.signInThrottle.delete({ where: { email_clientAddress: key } });
      if (user.mustChangePassword) {
        // A temporary password opens exactly one session: the one in which its owner chooses a new one.
        const unusable = await hashPassword(randomBytes(32).toString("base64url"));
        await tx.user.update({ where: { id: user.id }, data: { passwordHash: unusable } });
      }
      return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
    },
    { timeout: 15_000 },
  );
}
