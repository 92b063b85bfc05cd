import "server-only";
import Decimal from "decimal.js";
import { formatNumber } from "@/lib/format";
import { auditEntityLabel } from "@/lib/audit/describe-audit";
import type { AuditFilter } from "@/lib/inputs/audit";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { auditWorkbook, exportDescription } from "./audit-workbook";
import { listAuditEntries } from "./list-audit-entries";

/** The OPD-year's audit trail, filtered as on the page, as an .xlsx file; null (a 404) without `audit:read`. */
export async function exportAuditTrail(
  context: Pick<OpdYearContext, "opd" | "year" | "rights" | "principal">,
  filter: AuditFilter,
): Promise<{ filename: string; body: Buffer } | null> {
  const trail = await listAuditEntries({ ...context, filter, all: true });
  if (!trail) return null;
  const userName = trail.users.find((u) => u.id === filter.pengguna)?.name;
  const itemName = trail.items.find((i) => i.id === filter.item)?.label;
  const filters = [
    filter.dari && `dari ${filter.dari}`,
    filter.sampai && `sampai ${filter.sampai}`,
    userName && `pengguna ${userName}`,
    filter.entitas && `entitas ${auditEntityLabel[filter.entitas]}`,
    itemName && `item ${itemName}`,
  ].filter((f): f is string => !!f);
  if (trail.total > trail.entries.length) {
    const count = (n: number) => formatNumber(new Decimal(n), 0);
    filters.push(
      `hanya ${count(trail.entries.length)} entri terbaru dari ${count(trail.total)}; persempit periodenya`,
    );
  }
  const { opd, year, principal } = context;
  const body = await auditWorkbook({
    title: `Jejak Audit — ${opd.name}, Tahun ${year}`,
    description: exportDescription(principal.name, filters),
    entries: trail.entries,
  });
  return { filename: `jejak-audit-${opd.slug}-${year}.xlsx`, body };
}
