import "server-only";
import { auditEntityLabel } from "@/lib/audit/describe-audit";
import type { Principal } from "@/lib/auth/permissions";
import { formatCount } from "@/lib/format";
import type { AuditFilter } from "@/lib/inputs/audit";
import type { DownloadFile } from "../http/download";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { auditWorkbook, exportDescription } from "./audit-workbook";
import type { AuditTrail } from "@/lib/audit/audit-trail";
import { listAuditEntries, listRegionAuditEntries } from "./list-audit-entries";

/** A trail as a workbook: its title, and on the second line who exported it when, with which filter. */
async function toFile(
  trail: AuditTrail,
  {
    title,
    filename,
    principal,
    filter,
  }: { title: string; filename: DownloadFile["filename"]; principal: Principal; filter: AuditFilter },
): Promise<DownloadFile> {
  const userName = trail.users.find((u) => u.id === filter.pengguna)?.name;
  const itemName = trail.items.find((i) => i.id === filter.item)?.label;
  const filters = [
    filter.period.dari && `dari ${filter.dari}`,
    filter.period.sampai && `sampai ${filter.sampai}`,
    userName && `pengguna ${userName}`,
    filter.entitas && `entitas ${auditEntityLabel[filter.entitas]}`,
    itemName && `item ${itemName}`,
  ].filter((f): f is string => !!f);
  if (trail.page.total > trail.entries.length) {
    filters.push(
      `hanya ${formatCount(trail.entries.length)} entri terbaru dari ${formatCount(trail.page.total)}; persempit periodenya`,
    );
  }
  const body = await auditWorkbook({
    title,
    description: exportDescription(principal.name, filters),
    entries: trail.entries,
  });
  return { filename, body };
}

/** The OPD-year's audit trail, filtered as on the page, as an .xlsx file; null (a 404) without `audit:read`. */
export async function exportAuditTrail(
  context: Pick<OpdYearContext, "opd" | "year" | "rights" | "principal">,
  filter: AuditFilter,
): Promise<DownloadFile | null> {
  const trail = await listAuditEntries({ ...context, filter, all: true });
  const { opd, year, principal } = context;
  return (
    trail &&
    toFile(trail, {
      title: `Jejak Audit — ${opd.name}, Tahun ${year}`,
      filename: `jejak-audit-${opd.slug}-${year}.xlsx`,
      principal,
      filter,
    })
  );
}

/** The region's trail outside any year, as .xlsx, for its administrator; null (a 404) for anyone else. */
export async function exportRegionAuditTrail(
  principal: Principal,
  filter: AuditFilter,
): Promise<DownloadFile | null> {
  const trail = await listRegionAuditEntries(principal, filter, { all: true });
  return (
    trail &&
    toFile(trail, {
      title: "Jejak Audit Administrasi Daerah",
      filename: "jejak-audit-administrasi.xlsx",
      principal,
      filter,
    })
  );
}
