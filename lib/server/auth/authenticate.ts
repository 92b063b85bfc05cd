import "server-only";
import { db } from "../db";
import { hashPassword, verifyPassword } from "./password";
import { formatTime } from "@/lib/format";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

// Verified against when the email is unknown, so both failures take the same time.
const unknownUserHash = hashPassword("tidak-ada-pengguna-ini");

export type AuthenticateResult =
  { ok: true; userId: string; sessionVersion: number } | { ok: false; message: string };

const wrongCredentials = `Email atau kata sandi salah. Setelah ${MAX_FAILED_SIGN_INS} kali gagal berturut-turut, email ini dikunci ${LOCK_MINUTES} menit.`;

/**
 * Checks an email and password. Failures are counted per email address in the database (the app servers
 * keep no state), whether or not an account has that address, so the answers never tell which accounts
 * exist: after MAX_FAILED_SIGN_INS in a row the address is locked for LOCK_MINUTES.
 */
export async function authenticate({
  email,
  password,
  now = new Date(),
}: {
  email: string;
  password: string;
  now?: Date;
}): Promise<AuthenticateResult> {
  const address = email.trim().toLowerCase();
  const throttle = await db.signInThrottle.findUnique({ where: { email: address } });
  if (throttle?.lockedUntil && throttle.lockedUntil > now) {
    const until = formatTime(throttle.lockedUntil);
    return {
      ok: false,
      message: `Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah pukul ${until} WIB.`,
    };
  }
  const user = await db.user.findUnique({ where: { email: address } });
  const valid = user?.active
    ? await verifyPassword(user.passwordHash, password)
    : await verifyPassword(await unknownUserHash, password).then(() => false);
  if (!user || !valid) {
    const { failures } = await db.signInThrottle.upsert({
      where: { email: address },
      create: { email: address, failures: 1 },
      update: { failures: { increment: 1 } },
    });
    if (failures >= MAX_FAILED_SIGN_INS) {
      await db.signInThrottle.update({
        where: { email: address },
        data: { failures: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) },
      });
    }
    return { ok: false, message: wrongCredentials };
  }
  await db.signInThrottle.deleteMany({ where: { email: address } });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
