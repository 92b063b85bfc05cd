import "server-only";
import { db } from "../db";
import type { OpdRef } from "../opd/get-opd";

export type AuditFilter = { entity?: string; action?: string; userId?: string };

/** The audit trail of an OPD-year, newest first, optionally filtered. */
export async function listAuditEntries({
  opd,
  year,
  filter,
}: {
  opd: OpdRef;
  year: number;
  filter: AuditFilter;
}) {
  const where = { pemdaId: opd.pemdaId, opdId: opd.id, year };
  const [entries, users] = await Promise.all([
    db.auditLog.findMany({
      where: { ...where, entity: filter.entity, action: filter.action, userId: filter.userId },
      orderBy: { id: "desc" },
      take: 500,
      include: { user: { select: { name: true } } },
    }),
    db.user.findMany({
      where: { pemdaId: opd.pemdaId, auditLogs: { some: where } },
      select: { id: true, name: true },
    }),
  ]);
  return { entries, users };
}
