import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "../db";

/** Appends one audit entry inside the transaction that made the change. */
export async function recordAudit(
  tx: Tx,
  entry: {
    principal: Principal;
    opdId: string | null;
    year: number | null;
    action: string;
    entity: string;
    entityId: string;
    oldValues?: Prisma.InputJsonValue;
    newValues?: Prisma.InputJsonValue;
    reason?: string | null;
  },
): Promise<void> {
  const { principal, ...rest } = entry;
  await tx.auditLog.create({ data: { ...rest, pemdaId: principal.pemdaId, userId: principal.userId } });
}
