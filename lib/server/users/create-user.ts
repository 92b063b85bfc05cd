import "server-only";
import { z } from "zod";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { authorize } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";

export const createUserInput = z
  .object({
    email: z.email("Email tidak valid").transform((email) => email.toLowerCase()),
    name: z.string().trim().min(1, "Nama wajib diisi"),
    role: z.enum(["ADMIN", "PERENCANA", "KEPALA", "INSPEKTORAT"]),
    opdId: z.string().min(1).nullable(),
    bidangIds: z.array(z.string().min(1)).default([]),
    password: z.string().min(12, "Kata sandi minimal 12 karakter"),
  })
  .refine((u) => (u.role === "PERENCANA" || u.role === "KEPALA") === (u.opdId !== null), {
    message: "Perencana dan kepala harus memiliki perangkat daerah; administrator dan inspektorat tidak",
    path: ["opdId"],
  })
  .refine((u) => u.role === "PERENCANA" || u.bidangIds.length === 0, {
    message: "Hanya perencana yang dapat dibatasi per bidang",
    path: ["bidangIds"],
  });

/** The region's administrator adds an account to their own region. */
export const createUser = defineMutation({
  name: "user.create",
  input: createUserInput,
  async run({ principal, input }) {
    authorize(principal, "users:manage", { pemdaId: principal.pemdaId });
    const { password, bidangIds, ...fields } = input;
    const passwordHash = await hashPassword(password);
    try {
      return await db.$transaction(async (tx) => {
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
        await recordAudit(tx, {
          principal,
          opdId: input.opdId,
          year: null,
          action: "user.create",
          entity: "User",
          entityId: user.id,
          newValues: { ...fields, bidangIds },
        });
        return { id: user.id };
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new AppError("INVALID", `Email ${input.email} sudah terdaftar.`);
      }
      throw error;
    }
  },
});
