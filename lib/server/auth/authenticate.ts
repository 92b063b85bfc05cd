import "server-only";
import { db } from "../db";
import { hashPassword, verifyPassword } from "./password";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

// Verified against when the email is unknown, so both failures take the same time.
const unknownUserHash = hashPassword("tidak-ada-pengguna-ini");

export type AuthenticateResult =
  { ok: true; userId: string; sessionVersion: number } | { ok: false; message: string };

const wrongCredentials = "Email atau kata sandi salah.";

/**
 * Checks an email and password. Failed attempts are counted on the account in the database (the app
 * servers keep no state): after MAX_FAILED_SIGN_INS in a row the account is locked for LOCK_MINUTES.
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
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user || !user.active) {
    await verifyPassword(await unknownUserHash, password);
    return { ok: false, message: wrongCredentials };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    const until = user.lockedUntil.toLocaleTimeString("id-ID", {
      hour: "2-digit",
      minute: "2-digit",
      timeZone: "Asia/Jakarta",
    });
    return {
      ok: false,
      message: `Akun dikunci sementara karena ${MAX_FAILED_SIGN_INS} kali gagal masuk. Coba lagi setelah pukul ${until} WIB.`,
    };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const { failedSignIns } = await db.user.update({
      where: { id: user.id },
      data: { failedSignIns: { increment: 1 } },
      select: { failedSignIns: true },
    });
    if (failedSignIns >= MAX_FAILED_SIGN_INS) {
      await db.user.update({
        where: { id: user.id },
        data: { failedSignIns: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) },
      });
      return {
        ok: false,
        message: `${wrongCredentials} Akun dikunci selama ${LOCK_MINUTES} menit karena ${MAX_FAILED_SIGN_INS} kali gagal masuk.`,
      };
    }
    const left = MAX_FAILED_SIGN_INS - failedSignIns;
    return {
      ok: false,
      message: `${wrongCredentials} Sisa ${left} kali percobaan sebelum akun dikunci sementara.`,
    };
  }
  await db.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null } });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
