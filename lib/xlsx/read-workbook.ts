import ExcelJS from "exceljs";
import { unzipGuarded, WorkbookFileError } from "./unzip-guarded";

/** A cell as the import sees it; a formula counts by its cached result. */
export type CellValue =
  | { kind: "number"; value: number }
  | { kind: "text"; text: string }
  | { kind: "date" }
  | { kind: "boolean" }
  | { kind: "error"; text: string }
  | { kind: "formula-without-result" };

export type SheetCell = { column: number; address: string; value: CellValue; formula: boolean };
export type SheetRow = { row: number; cells: SheetCell[] };
export type SheetCells = { name: string; merges: string[]; rows: SheetRow[] };
/** Everything the import reads from a workbook: plain data, so the rest is testable without files. */
export type WorkbookCells = { sheets: SheetCells[] };

function toValue(cell: ExcelJS.Cell): { value: CellValue; formula: boolean } | null {
  const raw = cell.value;
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return { value: { kind: "number", value: raw }, formula: false };
  if (typeof raw === "string") return { value: { kind: "text", text: raw }, formula: false };
  if (typeof raw === "boolean") return { value: { kind: "boolean" }, formula: false };
  if (raw instanceof Date) return { value: { kind: "date" }, formula: false };
  if ("formula" in raw || "sharedFormula" in raw) {
    const result = (raw as { result?: unknown }).result;
    if (result === undefined || result === null) {
      return { value: { kind: "formula-without-result" }, formula: true };
    }
    if (typeof result === "number") return { value: { kind: "number", value: result }, formula: true };
    if (typeof result === "string") return { value: { kind: "text", text: result }, formula: true };
    if (result instanceof Date) return { value: { kind: "date" }, formula: true };
    if (typeof result === "object" && "error" in result) {
      return { value: { kind: "error", text: String(result.error) }, formula: true };
    }
    return { value: { kind: "boolean" }, formula: true };
  }
  if ("richText" in raw) {
    return { value: { kind: "text", text: raw.richText.map((part) => part.text).join("") }, formula: false };
  }
  if ("text" in raw && typeof raw.text === "string") {
    return { value: { kind: "text", text: raw.text }, formula: false };
  }
  if ("error" in raw) return { value: { kind: "error", text: String(raw.error) }, formula: false };
  return { value: { kind: "text", text: String(cell.text) }, formula: false };
}

/** Reads an uploaded file (bounded first by unzipGuarded) into plain cells. Throws WorkbookFileError. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookCells> {
  const bounded = unzipGuarded(bytes);
  const workbook = new ExcelJS.Workbook();
  // exceljs types `load` with Node's Buffer; a plain view of the same bytes is what it reads.
  await workbook.xlsx
    .load(Buffer.from(bounded.buffer, bounded.byteOffset, bounded.byteLength) as never)
    .catch(() => {
      throw new WorkbookFileError(
        "Isi buku kerja tidak dapat dibaca: XML-nya rusak. Simpan ulang berkas dari Excel sebagai .xlsx, lalu unggah lagi.",
      );
    });
  return {
    sheets: workbook.worksheets.map((sheet) => {
      const rows: SheetRow[] = [];
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const cells: SheetCell[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          if (cell.type === ExcelJS.ValueType.Merge) return;
          const read = toValue(cell);
          if (read) cells.push({ column, address: cell.address, ...read });
        });
        if (cells.length > 0) rows.push({ row: rowNumber, cells });
      });
      const merges = (sheet.model as { merges?: string[] }).merges ?? [];
      return { name: sheet.name, merges, rows };
    }),
  };
}
