import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "../db";

/** One change as the audit trail keeps it; who made it and the action (the mutation's name) are added. */
export type AuditEntry = {
  opdId: string | null;
  year: number | null;
  entity: string;
  entityId: string;
  oldValues?: Prisma.InputJsonValue;
  newValues?: Prisma.InputJsonValue;
  reason?: string | null;
};

/** Appends the entries of a change inside the transaction that made it. */
export type RecordAudit = (tx: Tx, entries: AuditEntry | readonly AuditEntry[]) => Promise<void>;

/**
 * The audit of one run of a mutation: every entry is `principal`'s, under `action` (the mutation's
 * name, so it is never typed twice). A change of many rows is one INSERT over arrays (a grid save of
 * 5.000 cells writes 5.000 entries; one parameter per column keeps that one short statement).
 */
export function auditAs(principal: Principal, action: string): RecordAudit {
  return async (tx, entry) => {
    const entries: readonly AuditEntry[] = [entry].flat();
    if (entries.length === 0) return;
    const column = <T>(pick: (entry: AuditEntry) => T) => entries.map(pick);
    const json = (value: Prisma.InputJsonValue | undefined) =>
      value === undefined ? null : JSON.stringify(value);
    await tx.$executeRaw`
      INSERT INTO "AuditLog"
        ("pemdaId", "userId", "opdId", "year", "action", "entity", "entityId", "oldValues", "newValues", "reason")
      SELECT ${principal.pemdaId}, ${principal.userId}, e."opdId", e."year", ${action}, e."entity", e."entityId",
             e."oldValues", e."newValues", e."reason"
      FROM unnest(${column((e) => e.opdId)}::text[], ${column((e) => e.year)}::int[],
                  ${column((e) => e.entity)}::text[], ${column((e) => e.entityId)}::text[],
                  ${column((e) => json(e.oldValues))}::jsonb[], ${column((e) => json(e.newValues))}::jsonb[],
                  ${column((e) => e.reason ?? null)}::text[])
        AS e("opdId", "year", "entity", "entityId", "oldValues", "newValues", "reason")`;
  };
}
