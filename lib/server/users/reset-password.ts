import "server-only";
import { randomInt } from "node:crypto";
import { resetPasswordInput } from "@/lib/inputs/admin";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { defineMutation } from "../mutations/define-mutation";
import { endAllSessions, findManagedUser } from "./find-managed-user";

// No 0/O, 1/l/I: the administrator reads it out or copies it by hand.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Four groups of four, about 79 bits: e.g. "k7mq-3xpa-wr9d-h2ne". */
export function temporaryPassword(): string {
  return Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  ).join("-");
}

/**
 * The administrator resets an account's password: a temporary password, returned once and stored only
 * as its hash, opens one session in which the user must choose a new password. The old password stops
 * working and every session of the account ends at once.
 */
export const resetPassword = defineMutation({
  name: "user.resetPassword",
  input: resetPasswordInput,
  async run({ principal, input, audit }) {
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    return db.$transaction(async (tx) => {
      const user = await findManagedUser(tx, principal, input.userId, {
        notSelf: "Kata sandi Anda sendiri diganti di halaman Akun, bukan diatur ulang.",
      });
      await tx.user.update({
        where: { id: user.id },
        data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
      });
      const ended = await endAllSessions(tx, user.id);
      await audit(tx, {
        opdId: user.opdId,
        year: null,
        entity: "User",
        entityId: user.id,
        newValues: { mustChangePassword: true, sesiDiakhiri: ended },
      });
      return { email: user.email, temporaryPassword: password };
    });
  },
});
