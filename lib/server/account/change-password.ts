import "server-only";
import { AppError, InvalidInputError } from "@/lib/errors";
import { changePasswordInput } from "@/lib/inputs/change-password";
import { hashPassword, verifyPassword } from "../auth/password";
import { db } from "../db";
import { defineMutation } from "../mutations/define-mutation";

/**
 * Changes the signed-in user's own password and voids their other sessions. After a reset the
 * temporary password was spent on signing in, so the session itself is the proof and no current
 * password is asked.
 */
export const changePassword = defineMutation({
  name: "account.changePassword",
  input: changePasswordInput,
  beforePasswordChange: true,
  async run({ principal, input, audit }) {
    const user = await db.user.findUniqueOrThrow({ where: { id: principal.userId } });
    if (!user.mustChangePassword && !input.currentPassword) {
      throw new InvalidInputError("Periksa kembali isian Anda.", {
        currentPassword: "Kata sandi saat ini wajib diisi",
      });
    }
    if (!user.mustChangePassword && !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError("INVALID", "Kata sandi saat ini salah.");
    }
    const passwordHash = await hashPassword(input.newPassword);
    return db.$transaction(async (tx) => {
      const updated = await tx.user.update({
        where: { id: user.id },
        data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
        select: { sessionVersion: true },
      });
      await audit(tx, {
        opdId: user.opdId,
        year: null,
        entity: "User",
        entityId: user.id,
      });
      return { userId: user.id, sessionVersion: updated.sessionVersion };
    });
  },
});
