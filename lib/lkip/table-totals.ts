import Decimal from "decimal.js";
import type { LkipTable } from "./document-model";

/** "17.654.457.386", or as the Perjanjian Kinerja prints it, "Rp 17.654.457.386". */
const MONEY = /^-?(Rp )?\d{1,3}(\.\d{3})*$/;

/**
 * For every money column of a table with a total: the sum of its top-level rows (depth 0, the lines the
 * total adds up) and the total printed. Used by the tests to prove each total is the sum of its rows.
 */
export function tableTotals(table: LkipTable): { column: string; rows: Decimal; total: Decimal }[] {
  if (!table.total) return [];
  const total = table.total;
  // An empty cell is a line continuing the row above (a program's second indicator): nothing to add.
  const parse = (cell: string | undefined) =>
    new Decimal((cell || "0").replace(/^(-?)Rp /, "$1").replace(/\./g, ""));
  return table.columns.flatMap((column, index) => {
    const cell = total.cells[index] ?? "";
    if (!MONEY.test(cell)) return [];
    const rows = table.rows.filter((row) => !row.depth).map((row) => parse(row.cells[index]));
    return [{ column: column.header, rows: Decimal.sum(0, ...rows), total: parse(cell) }];
  });
}
