import "server-only";
import { db } from "../db";
import type { OpdYearContext } from "../opd-year/opd-year-context";

export type AuditFilter = { entity?: string; action?: string; userId?: string };

/** The audit trail of an OPD-year, newest first, optionally filtered; null (a 404) without `audit:read`. */
export async function listAuditEntries({
  opd,
  year,
  rights,
  filter,
}: Pick<OpdYearContext, "opd" | "year" | "rights"> & { filter: AuditFilter }) {
  if (!rights.readAudit) return null;
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
