import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "../db";
import { findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { saveVersioned } from "../mutations/versioned";
import { signPerjanjianKinerjaInput } from "@/lib/inputs/perjanjian-kinerja";

/** The head of the OPD signs the year's Perjanjian Kinerja (its targets are the year's indicator targets). */
export const signPerjanjianKinerja = defineMutation({
  name: "perjanjianKinerja.sign",
  input: signPerjanjianKinerjaInput,
  async run({ principal, input, audit }) {
    return db.$transaction(async (tx) => {
      const pk = await findForWrite(
        principal,
        "perjanjianKinerja:sign",
        tx.perjanjianKinerja.findFirst({
          where: { id: input.perjanjianKinerjaId, pemdaId: principal.pemdaId },
        }),
        (pk) => ({ pemdaId: pk.pemdaId, opdId: pk.opdId }),
      );
      if (pk.signedAt) throw new AppError("INVALID", "Perjanjian Kinerja ini sudah ditandatangani.");
      const signedAt = new Date();
      await saveVersioned({
        existing: pk,
        expectedVersion: input.version,
        update: (where) =>
          tx.perjanjianKinerja.updateMany({ where, data: { signedAt, version: { increment: 1 } } }),
        stale: () =>
          new AppError("CONFLICT", "Perjanjian Kinerja telah diubah oleh pengguna lain. Muat ulang halaman."),
      });
      await audit(tx, {
        opdId: pk.opdId,
        year: pk.year,
        entity: "PerjanjianKinerja",
        entityId: pk.id,
        oldValues: { signedAt: null },
        newValues: { signedAt: signedAt.toISOString() },
      });
      return { signedAt };
    });
  },
});
