import "server-only";
import type { AuditEntryView, AuditItem, AuditTrail } from "@/lib/audit/audit-trail";
import { describeChanges } from "@/lib/audit/describe-audit";
import type { AuditFilter } from "@/lib/inputs/audit";
import type { NarrativeSectionValue } from "@/lib/inputs/narrative";
import { narrativeSectionLabel } from "@/lib/vocabulary";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasPermission, type Principal } from "@/lib/auth/permissions";
import { db } from "../db";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { pageInfo } from "@/lib/views/page-of-tree";

export const AUDIT_PAGE_SIZE = 50;
/** An export holds at most this many entries (the inspectorate filters by period first). */
export const AUDIT_EXPORT_MAX = 20_000;

/** Ids a value may name (see describe-audit's IDS); their names are read with the entries. */
const ID_FIELDS = ["bidangId", "bidangIds", "opdId", "sasaranId", "misiId", "tujuanId"];

const idsIn = (values: Prisma.JsonValue | null): string[] => {
  if (!values || typeof values !== "object" || Array.isArray(values)) return [];
  return ID_FIELDS.flatMap((key) => {
    const value = values[key];
    return Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
  });
};

const startOfDay = (day: string) => new Date(`${day}T00:00:00+07:00`);
const dayAfter = (day: string) => new Date(startOfDay(day).getTime() + 24 * 3600 * 1000);

/** The names of the trail's items and of the ids in its values, within the region. */
async function resolveNames(pemdaId: string, base: string | null, itemIds: string[], valueIds: string[]) {
  const ids = { in: [...new Set([...itemIds, ...valueIds])] };
  const where = { id: ids, pemdaId };
  const [
    subs,
    kegiatan,
    programs,
    rekening,
    indikator,
    narratives,
    tujuan,
    sasaran,
    bidang,
    opds,
    misi,
    users,
  ] = await Promise.all([
    db.subKegiatan.findMany({ where, select: { id: true, code: true, name: true } }),
    db.kegiatan.findMany({ where, select: { id: true, code: true, name: true } }),
    db.program.findMany({ where, select: { id: true, code: true, name: true } }),
    db.rekeningBelanja.findMany({
      where,
      select: { id: true, code: true, name: true, subKegiatanId: true },
    }),
    db.indikator.findMany({ where, select: { id: true, name: true } }),
    db.narrative.findMany({ where, select: { id: true, section: true } }),
    db.tujuan.findMany({ where, select: { id: true, code: true, text: true } }),
    db.sasaran.findMany({ where, select: { id: true, code: true, text: true } }),
    db.bidang.findMany({ where, select: { id: true, name: true } }),
    db.perangkatDaerah.findMany({ where, select: { id: true, name: true } }),
    db.misi.findMany({ where, select: { id: true, number: true, text: true } }),
    db.user.findMany({ where, select: { id: true, name: true, email: true } }),
  ]);
  // Region entries (accounts, OPDs, bidang) have no OPD-year page; their items link to the administration.
  const at = (path: string) => (base === null ? null : `${base}${path}`);
  const items = new Map<string, AuditItem>([
    ...subs.map((s) => [s.id, { kode: s.code, name: s.name, href: at(`/sub-kegiatan/${s.id}`) }] as const),
    ...kegiatan.map((k) => [k.id, { kode: k.code, name: k.name, href: at("/struktur") }] as const),
    ...programs.map((p) => [p.id, { kode: p.code, name: p.name, href: at("/struktur") }] as const),
    ...rekening.map(
      (r) => [r.id, { kode: r.code, name: r.name, href: at(`/sub-kegiatan/${r.subKegiatanId}`) }] as const,
    ),
    ...indikator.map((i) => [i.id, { kode: null, name: i.name, href: at("/indikator") }] as const),
    ...narratives.map(
      (n) =>
        [
          n.id,
          {
            kode: null,
            name: narrativeSectionLabel[n.section as NarrativeSectionValue],
            href: at("/narasi"),
          },
        ] as const,
    ),
    ...[...tujuan, ...sasaran].map(
      (t) => [t.id, { kode: t.code, name: t.text, href: at("/struktur") }] as const,
    ),
  ]);
  for (const user of users)
    items.set(user.id, { kode: null, name: `${user.name} (${user.email})`, href: "/admin" });
  for (const opd of opds) items.set(opd.id, { kode: null, name: opd.name, href: null });
  for (const b of bidang) items.set(b.id, { kode: null, name: b.name, href: null });
  const names = new Map<string, string>([
    ...bidang.map((b) => [b.id, b.name] as const),
    ...opds.map((o) => [o.id, o.name] as const),
    ...sasaran.map((s) => [s.id, `${s.code} ${s.text}`] as const),
    ...tujuan.map((t) => [t.id, `${t.code} ${t.text}`] as const),
    ...misi.map((m) => [m.id, `Misi ${m.number}: ${m.text}`] as const),
  ]);
  return { items, names };
}

/** What an entry is about, when it is not a row of the tables above. */
function itemOf(
  entity: string,
  entityId: string,
  items: Map<string, AuditItem>,
  context: Pick<OpdYearContext, "opd" | "year"> | null,
  oldValues: Prisma.JsonValue | null,
): AuditItem | null {
  const found = items.get(entityId);
  if (found) return found;
  if (context) {
    const base = `/opd/${context.opd.slug}/${context.year}`;
    if (entity === "LaporanKinerja") return { kode: null, name: `LKIP ${context.year}`, href: base };
    if (entity === "PerjanjianKinerja")
      return { kode: null, name: `Perjanjian Kinerja ${context.year}`, href: `${base}/perjanjian-kinerja` };
  }
  // Deleted since: the values it had when it was removed still say what it was.
  const old = oldValues && typeof oldValues === "object" && !Array.isArray(oldValues) ? oldValues : {};
  const name = typeof old.name === "string" ? old.name : typeof old.text === "string" ? old.text : null;
  return name
    ? { kode: typeof old.code === "string" ? old.code : null, name: `${name} (dihapus)`, href: null }
    : null;
}

/**
 * One page of a trail (`scope`: an OPD-year, or the region's entries outside any year), newest first,
 * filtered by entity, user, item and a period of days (WIB); `all`: every match up to AUDIT_EXPORT_MAX,
 * for the export. Each entry with names instead of ids and its changes field by field.
 */
async function listTrail({
  scope,
  context,
  filter,
  all,
}: {
  scope: { pemdaId: string; opdId?: string; year: number | null };
  /** The OPD-year of the trail, whose pages the items link to; null for the region's trail. */
  context: Pick<OpdYearContext, "opd" | "year"> | null;
  filter: AuditFilter;
  all: boolean;
}): Promise<AuditTrail> {
  const where: Prisma.AuditLogWhereInput = {
    ...scope,
    entity: filter.entitas,
    userId: filter.pengguna,
    entityId: filter.item,
    createdAt: {
      ...(filter.period.dari ? { gte: startOfDay(filter.period.dari) } : {}),
      ...(filter.period.sampai ? { lt: dayAfter(filter.period.sampai) } : {}),
    },
  };
  const [total, users, itemRefs] = await Promise.all([
    db.auditLog.count({ where }),
    db.user.findMany({
      where: { pemdaId: scope.pemdaId, auditLogs: { some: scope } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.auditLog.groupBy({ by: ["entity", "entityId"], where: scope }),
  ]);
  const page = pageInfo({ total, requested: all ? 1 : filter.halaman, size: AUDIT_PAGE_SIZE });
  const rows = await db.auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    skip: all ? 0 : (page.page - 1) * AUDIT_PAGE_SIZE,
    take: all ? AUDIT_EXPORT_MAX : AUDIT_PAGE_SIZE,
    include: { user: { select: { name: true } } },
  });
  const { items, names } = await resolveNames(
    scope.pemdaId,
    context && `/opd/${context.opd.slug}/${context.year}`,
    itemRefs.map((ref) => ref.entityId),
    rows.flatMap((row) => [...idsIn(row.oldValues), ...idsIn(row.newValues)]),
  );
  const entries: AuditEntryView[] = rows.map((row) => ({
    id: row.id.toString(),
    createdAt: row.createdAt,
    user: row.user?.name ?? "—",
    action: row.action,
    entity: row.entity,
    item: itemOf(row.entity, row.entityId, items, context, row.oldValues),
    changes: describeChanges(row.oldValues, row.newValues, names),
    reason: row.reason,
  }));
  const itemOptions = itemRefs
    .flatMap((ref) => {
      const item = items.get(ref.entityId);
      return item ? [{ id: ref.entityId, label: [item.kode, item.name].filter(Boolean).join(" ") }] : [];
    })
    .sort((a, b) => a.label.localeCompare(b.label, "id"));
  return { entries, page, users, items: itemOptions };
}

/** The audit trail of an OPD-year (see listTrail); null (a 404) without `audit:read`. */
export async function listAuditEntries({
  opd,
  year,
  rights,
  filter,
  all = false,
}: Pick<OpdYearContext, "opd" | "year" | "rights"> & { filter: AuditFilter; all?: boolean }) {
  if (!rights.readAudit) return null;
  const scope = { pemdaId: opd.pemdaId, opdId: opd.id, year };
  return listTrail({ scope, context: { opd, year }, filter, all });
}

/**
 * The region's entries outside any year (accounts, sessions, OPDs, bidang, settings) for its
 * administrator; null (a 404) for anyone else.
 */
export async function listRegionAuditEntries(
  principal: Principal,
  filter: AuditFilter,
  { all = false } = {},
) {
  if (!hasPermission(principal, "users:manage")) return null;
  return listTrail({ scope: { pemdaId: principal.pemdaId, year: null }, context: null, filter, all });
}
