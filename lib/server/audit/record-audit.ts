import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "../db";

export type AuditEntry = {
  opdId: string | null;
  year: number | null;
  action: string;
  entity: string;
  entityId: string;
  oldValues?: Prisma.InputJsonValue;
  newValues?: Prisma.InputJsonValue;
  reason?: string | null;
};

/** Appends one audit entry inside the transaction that made the change. */
export async function recordAudit(tx: Tx, entry: AuditEntry & { principal: Principal }): Promise<void> {
  const { principal, ...rest } = entry;
  await recordAudits(tx, principal, [rest]);
}

/** Appends the entries of one change of many rows in a single INSERT. */
export async function recordAudits(tx: Tx, principal: Principal, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({
    data: entries.map((entry) => ({ ...entry, pemdaId: principal.pemdaId, userId: principal.userId })),
  });
}
