import "server-only";
import { AppError, InvalidInputError, notFound } from "@/lib/errors";
import { saveLkeKriteriaInput } from "@/lib/inputs/lke";
import { db } from "../db";
import { authorize } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate, saveVersioned } from "../mutations/versioned";

const stale = (code: string) =>
  new AppError(
    "CONFLICT",
    `Kriteria ${code} telah diubah oleh pengguna lain setelah Anda membukanya. Muat ulang halaman.`,
  );

/** The region's administrator adds or changes a criterion of its LKE (text, scale, in use or retired). */
export const saveLkeKriteria = defineMutation({
  name: "lkeKriteria.save",
  input: saveLkeKriteriaInput,
  async run({ principal, input, audit }) {
    authorize(principal, "settings:manage", { pemdaId: principal.pemdaId });
    const pemdaId = principal.pemdaId;
    const values = { code: input.code, text: input.text, scale: input.scale, active: input.active };
    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          const existing = input.id
            ? await tx.lkeKriteria.findFirst({ where: { id: input.id, pemdaId } })
            : null;
          if (input.id && !existing) throw notFound();
          const { id, version } = await saveVersioned({
            existing,
            expectedVersion: input.version,
            update: (where) =>
              tx.lkeKriteria.updateMany({ where, data: { ...values, version: { increment: 1 } } }),
            create: () => tx.lkeKriteria.create({ data: { pemdaId, ...values } }),
            stale: () => stale(input.code),
          });
          await audit(tx, {
            opdId: null,
            year: null,
            entity: "LkeKriteria",
            entityId: id,
            oldValues: existing
              ? { code: existing.code, text: existing.text, scale: existing.scale, active: existing.active }
              : undefined,
            newValues: values,
          });
          return { id, version };
        }),
      () =>
        new InvalidInputError(`Kode ${input.code} sudah dipakai kriteria lain.`, {
          code: "Kode ini sudah dipakai kriteria lain",
        }),
    );
  },
});
