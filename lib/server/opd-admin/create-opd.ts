import "server-only";
import { AppError } from "@/lib/errors";
import { createOpdInput } from "@/lib/inputs/admin";
import { db } from "../db";
import { authorize } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate } from "../mutations/versioned";

/** The region's administrator adds an OPD to their own region. */
export const createOpd = defineMutation({
  name: "opd.create",
  input: createOpdInput,
  async run({ principal, input, audit }) {
    authorize(principal, "organisation:manage", { pemdaId: principal.pemdaId });
    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          const opd = await tx.perangkatDaerah.create({ data: { ...input, pemdaId: principal.pemdaId } });
          await audit(tx, {
            opdId: opd.id,
            year: null,
            entity: "PerangkatDaerah",
            entityId: opd.id,
            newValues: input,
          });
          return { id: opd.id };
        }),
      () =>
        new AppError(
          "INVALID",
          `Alamat halaman /opd/${input.slug} sudah dipakai perangkat daerah lain; ubah alamatnya.`,
        ),
    );
  },
});
