import type { CellValue, SheetCells, WorkbookCells } from "../read-workbook";
import { anggaranColumns } from "../template";

/** Workbooks for the import's unit tests: rows of plain values, the header row first. */

export type Raw = string | number | CellValue | null;

const cell = (value: Raw): CellValue | null =>
  value === null
    ? null
    : typeof value === "number"
      ? { kind: "number", value }
      : typeof value === "string"
        ? { kind: "text", text: value }
        : value;
const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function sheet(name: string, rows: Raw[][], merges: string[] = []): SheetCells {
  return {
    name,
    merges,
    rows: rows.map((values, r) => ({
      row: r + 1,
      cells: values.flatMap((v, c) => {
        const value = cell(v);
        return value ? [{ column: c + 1, address: `${letters[c]}${r + 1}`, value, formula: false }] : [];
      }),
    })),
  };
}

export const context = {
  bidang: ["Sekretariat", "Bidang Rehabilitasi Sosial"],
  renstraCodes: new Map<string, string>(),
};

/** A workbook with the Anggaran sheet holding `rows` under its header. */
export const anggaranBook = (...rows: Raw[][]): WorkbookCells => ({
  sheets: [sheet("Anggaran", [[...anggaranColumns], ...rows])],
});
