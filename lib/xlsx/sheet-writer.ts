import Decimal from "decimal.js";
import type ExcelJS from "exceljs";
import { formatNumber } from "@/lib/format";

/** A cell to write: text, or a number with its Indonesian display format. */
export type OutCell = string | { number: Decimal; format: "money" | "figure" | "percent" } | null;

/** Number formats; Excel shows the separators of the reader's locale (Indonesian: 1.234.567,50). */
const numberFormats = { money: "#,##0", figure: "#,##0.####", percent: '0.00" %"' } as const;

/** Text that a spreadsheet could take for a formula (=, +, -, @, tab, CR) gets a leading apostrophe. */
export const neutralise = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
/** The import's inverse of `neutralise`. */
export const unneutralise = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** A doubles holds 15 significant digits exactly; larger figures are written as Indonesian text. */
const fitsDouble = (value: Decimal) => value.precision(true) <= 15;

/**
 * One sheet: bold frozen header row, numbers as numbers with Indonesian formats, text neutralised
 * against formula injection, column widths fitted to the longest value.
 */
export function writeSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  headers: readonly string[],
  rows: OutCell[][],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...headers]).font = { bold: true };
  const widths = headers.map((h) => h.length);
  for (const cells of rows) {
    const row = sheet.addRow(
      cells.map((cell) => {
        if (cell === null) return null;
        if (typeof cell === "string") return neutralise(cell);
        return fitsDouble(cell.number)
          ? cell.number.toNumber()
          : formatNumber(cell.number, cell.number.decimalPlaces());
      }),
    );
    cells.forEach((cell, i) => {
      if (cell === null) return;
      const shown =
        typeof cell === "string" ? cell : formatNumber(cell.number, Math.min(cell.number.decimalPlaces(), 4));
      widths[i] = Math.max(widths[i]!, Math.min(shown.length + 2, 60));
      if (typeof cell !== "string") {
        const target = row.getCell(i + 1);
        if (typeof target.value === "number") target.numFmt = numberFormats[cell.format];
        else target.alignment = { horizontal: "right" };
      }
    });
  }
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = Math.max(8, width + 1)));
  return sheet;
}

export const moneyCell = (value: string | null | undefined): OutCell =>
  value === null || value === undefined ? null : { number: new Decimal(value), format: "money" };
export const figureCell = (value: string | null | undefined): OutCell =>
  value === null || value === undefined ? null : { number: new Decimal(value), format: "figure" };

/** Illustrative demo data ("data contoh"). */
export const illustrativeNote =
  "DATA CONTOH — ilustrasi, bukan data resmi. Angka tahun ini dibuat untuk mencoba sistem.";

/** A first sheet with what must be known before any figure is read, one note a row; none, no sheet. */
export function addNotes(workbook: ExcelJS.Workbook, notes: readonly string[]): void {
  if (notes.length === 0) return;
  const sheet = workbook.addWorksheet("Keterangan");
  for (const note of notes) sheet.addRow([note]).font = { bold: true };
  sheet.getColumn(1).width = 90;
}
