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

/**
 * Appends the entries of one change of many rows in a single INSERT over arrays (a grid save of 5.000
 * cells writes 5.000 entries; one parameter per column keeps that one short statement).
 */
export async function recordAudits(tx: Tx, principal: Principal, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const column = <T>(pick: (entry: AuditEntry) => T) => entries.map(pick);
  const json = (value: Prisma.InputJsonValue | undefined) =>
    value === undefined ? null : JSON.stringify(value);
  await tx.$executeRaw`
    INSERT INTO "AuditLog"
      ("pemdaId", "userId", "opdId", "year", "action", "entity", "entityId", "oldValues", "newValues", "reason")
    SELECT ${principal.pemdaId}, ${principal.userId}, e.*
    FROM unnest(${column((e) => e.opdId)}::text[], ${column((e) => e.year)}::int[], ${column((e) => e.action)}::text[],
                ${column((e) => e.entity)}::text[], ${column((e) => e.entityId)}::text[],
                ${column((e) => json(e.oldValues))}::jsonb[], ${column((e) => json(e.newValues))}::jsonb[],
                ${column((e) => e.reason ?? null)}::text[]) AS e`;
}
