import "server-only";
import { AppError } from "@/lib/errors";
import { createBidangInput } from "@/lib/inputs/admin";
import { db } from "../db";
import { findOpdForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate } from "../mutations/versioned";

/** The region's administrator adds a bidang to one of the region's OPDs. */
export const createBidang = defineMutation({
  name: "bidang.create",
  input: createBidangInput,
  async run({ principal, input, audit }) {
    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          const opd = await findOpdForWrite(tx, principal, "organisation:manage", input.opdId);
          const bidang = await tx.bidang.create({
            data: { pemdaId: opd.pemdaId, opdId: opd.id, name: input.name },
          });
          await audit(tx, {
            opdId: opd.id,
            year: null,
            entity: "Bidang",
            entityId: bidang.id,
            newValues: { name: input.name },
          });
          return { id: bidang.id };
        }),
      () => new AppError("INVALID", `Bidang ${input.name} sudah ada di perangkat daerah ini.`),
    );
  },
});
