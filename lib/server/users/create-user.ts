import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { createUserInput } from "@/lib/inputs/admin";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { authorize } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate } from "../mutations/versioned";

/** The region's administrator adds an account to their own region. */
export const createUser = defineMutation({
  name: "user.create",
  input: createUserInput,
  async run({ principal, input, audit }) {
    authorize(principal, "users:manage", { pemdaId: principal.pemdaId });
    const { password, bidangIds, ...fields } = input;
    const passwordHash = await hashPassword(password);
    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          if (input.opdId) {
            const opd = await tx.perangkatDaerah.findFirst({
              where: { id: input.opdId, pemdaId: principal.pemdaId },
            });
            if (!opd) throw notFound();
            const bidang = await tx.bidang.count({ where: { id: { in: bidangIds }, opdId: opd.id } });
            if (bidang !== bidangIds.length) throw notFound();
          }
          const user = await tx.user.create({
            data: {
              ...fields,
              pemdaId: principal.pemdaId,
              passwordHash,
              bidang: { create: bidangIds.map((bidangId) => ({ bidangId, pemdaId: principal.pemdaId })) },
            },
          });
          await audit(tx, {
            opdId: input.opdId,
            year: null,
            entity: "User",
            entityId: user.id,
            newValues: { ...fields, bidangIds },
          });
          return { id: user.id };
        }),
      () => new AppError("INVALID", `Email ${input.email} sudah terdaftar.`),
    );
  },
});
