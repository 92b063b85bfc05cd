import "server-only";
import { AppError } from "@/lib/errors";
import { setUserActiveInput } from "@/lib/inputs/admin";
import { db } from "../db";
import { defineMutation } from "../mutations/define-mutation";
import { saveVersioned } from "../mutations/versioned";
import { endAllSessions, findManagedUser } from "./find-managed-user";

/** The administrator deactivates an account (every session of it ends at once) or reactivates it. */
export const setUserActive = defineMutation({
  name: "user.setActive",
  input: setUserActiveInput,
  async run({ principal, input, audit }) {
    return db.$transaction(async (tx) => {
      const user = await findManagedUser(tx, principal, input.userId, {
        notSelf: "Anda tidak dapat menonaktifkan akun Anda sendiri.",
      });
      if (user.active === input.active) {
        throw new AppError("INVALID", `Akun ${user.email} sudah ${user.active ? "aktif" : "nonaktif"}.`);
      }
      await saveVersioned({
        existing: user,
        expectedVersion: input.version,
        update: (where) =>
          tx.user.updateMany({ where, data: { active: input.active, version: { increment: 1 } } }),
        stale: () =>
          new AppError("CONFLICT", `Akun ${user.email} telah diubah oleh pengguna lain. Muat ulang halaman.`),
      });
      const ended = input.active ? 0 : await endAllSessions(tx, user.id);
      await audit(tx, {
        opdId: user.opdId,
        year: null,
        entity: "User",
        entityId: user.id,
        oldValues: { active: user.active },
        newValues: { active: input.active, ...(input.active ? {} : { sesiDiakhiri: ended }) },
      });
      return { active: input.active, sessionsEnded: ended };
    });
  },
});
