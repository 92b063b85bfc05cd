import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { updateUserInput } from "@/lib/inputs/admin";
import { db } from "../db";
import { defineMutation } from "../mutations/define-mutation";
import { saveVersioned } from "../mutations/versioned";
import { findManagedUser } from "./find-managed-user";

/**
 * The administrator edits an account of their region: name, role, OPD and bidang. The scope takes
 * effect on the user's next request (every request reads it anew). Their own role and scope stay.
 */
export const updateUser = defineMutation({
  name: "user.update",
  input: updateUserInput,
  async run({ principal, input, audit }) {
    return db.$transaction(async (tx) => {
      const user = await findManagedUser(tx, principal, input.userId);
      const self = user.id === principal.userId;
      if (self && (input.role !== user.role || input.opdId !== user.opdId || input.bidangIds.length > 0)) {
        throw new AppError("INVALID", "Anda tidak dapat mengubah peran atau cakupan akun Anda sendiri.");
      }
      if (input.opdId) {
        const opd = await tx.perangkatDaerah.findFirst({
          where: { id: input.opdId, pemdaId: principal.pemdaId },
        });
        if (!opd) throw notFound();
        const bidang = await tx.bidang.count({ where: { id: { in: input.bidangIds }, opdId: opd.id } });
        if (bidang !== input.bidangIds.length) throw notFound();
      }
      const { name, role, opdId, bidangIds } = input;
      const before = {
        name: user.name,
        role: user.role,
        opdId: user.opdId,
        bidangIds: user.bidang.map((b) => b.bidangId).sort(),
      };
      const after = { name, role, opdId, bidangIds: [...bidangIds].sort() };
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
        (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
      );
      // Saving the form unchanged changes nothing and records nothing.
      if (changed.length === 0) return { version: user.version };
      await saveVersioned({
        existing: user,
        expectedVersion: input.version,
        update: (where) =>
          tx.user.updateMany({ where, data: { name, role, opdId, version: { increment: 1 } } }),
        stale: () =>
          new AppError("CONFLICT", `Akun ${user.email} telah diubah oleh pengguna lain. Muat ulang halaman.`),
      });
      await tx.userBidang.deleteMany({ where: { userId: user.id } });
      await tx.userBidang.createMany({
        data: bidangIds.map((bidangId) => ({ userId: user.id, bidangId, pemdaId: user.pemdaId })),
      });
      await audit(tx, {
        opdId: opdId ?? user.opdId,
        year: null,
        entity: "User",
        entityId: user.id,
        oldValues: Object.fromEntries(changed.map((key) => [key, before[key]])),
        newValues: Object.fromEntries(changed.map((key) => [key, after[key]])),
      });
      return { version: user.version + 1 };
    });
  },
});
