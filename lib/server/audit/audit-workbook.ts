import "server-only";
import ExcelJS from "exceljs";
import { auditActionLabel, auditEntityLabel, type AuditValue } from "@/lib/audit/describe-audit";
import { neutraliseFormula } from "@/lib/audit/spreadsheet-cell";
import { formatDateTime } from "@/lib/format";
import type { AuditEntryView } from "@/lib/audit/audit-trail";

const WIB_OFFSET_MS = 7 * 3600 * 1000;

const columns = [
  { header: "Waktu (WIB)", width: 20 },
  { header: "Pengguna", width: 24 },
  { header: "Tindakan", width: 28 },
  { header: "Entitas", width: 18 },
  { header: "Kode", width: 18 },
  { header: "Item", width: 40 },
  { header: "Kolom", width: 22 },
  { header: "Nilai lama", width: 24 },
  { header: "Nilai baru", width: 24 },
  { header: "Alasan / catatan", width: 40 },
];

const numberFormat = { money: '"Rp "#,##0', figure: "#,##0.####" } as const;

/** Amounts and figures stay numbers (formatted like the screen); text is neutralised against formulas. */
function setValue(cell: ExcelJS.Cell, value: AuditValue | null): void {
  if (!value) return;
  if (value.number !== undefined && value.kind !== "text") {
    cell.value = value.number;
    cell.numFmt = numberFormat[value.kind];
  } else {
    cell.value = neutraliseFormula(value.text);
  }
}

const text = (value: string | null | undefined) => (value ? neutraliseFormula(value) : null);

/**
 * The filtered audit trail as a workbook: one row per changed field (an entry without values gets one
 * row), a title and the filter on top, the header frozen.
 */
export async function auditWorkbook({
  title,
  description,
  entries,
}: {
  title: string;
  /** The filter and the export's time and user, in words. */
  description: string;
  entries: AuditEntryView[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SAKIP";
  const sheet = workbook.addWorksheet("Jejak Audit", { views: [{ state: "frozen", ySplit: 4 }] });
  sheet.columns = columns.map(({ width }) => ({ width }));
  sheet.getCell("A1").value = neutraliseFormula(title);
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = neutraliseFormula(description);
  const header = sheet.getRow(4);
  header.values = columns.map((c) => c.header);
  header.font = { bold: true };
  for (const entry of entries) {
    const common = [
      new Date(entry.createdAt.getTime() + WIB_OFFSET_MS),
      text(entry.user),
      text(auditActionLabel[entry.action] ?? entry.action),
      text(auditEntityLabel[entry.entity] ?? entry.entity),
      text(entry.item?.kode),
      text(entry.item?.name),
    ];
    const changes = entry.changes.length > 0 ? entry.changes : [null];
    for (const change of changes) {
      const row = sheet.addRow([...common, change ? text(change.label) : null]);
      row.getCell(1).numFmt = "dd/mm/yyyy hh:mm:ss";
      if (change) {
        setValue(row.getCell(8), change.old);
        setValue(row.getCell(9), change.new);
      }
      row.getCell(10).value = text(entry.reason);
      row.alignment = { vertical: "top", wrapText: true };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "Diekspor 1 Des 2026, 10.15 WIB oleh …; saringan: …" for the sheet's second line. */
export function exportDescription(user: string, filters: string[], now = new Date()): string {
  const filtered = filters.length > 0 ? `saringan: ${filters.join("; ")}` : "tanpa saringan";
  return `Diekspor ${formatDateTime(now)} WIB oleh ${user}; ${filtered}.`;
}
