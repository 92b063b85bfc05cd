import Decimal from "decimal.js";
import type { z } from "@/lib/inputs/zod";
import { hasControlCharacters } from "@/lib/inputs/fields";
import type { SheetCell, SheetCells, WorkbookCells } from "../read-workbook";
import { unneutralise } from "../sheet-writer";
import type { Snapshot, SnapshotItem } from "../snapshot";
import { fromLabel, normalizeHeader } from "../template";

export type ImportIssue = { sheet: string; row: number; column: string; message: string };
export type ImportIssues = { errors: ImportIssue[]; warnings: ImportIssue[] };

/** A data row of a sheet: its cells by canonical header. */
export type Row = { row: number; get(header: string): SheetCell | undefined; empty(header: string): boolean };

/** A cell that names something (a kode, a bidang, a choice): longer text names nothing we know. */
const REFERENCE_MAX = 200;

const columnLetter = (n: number): string =>
  n <= 0 ? "" : columnLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

export function findSheet(workbook: WorkbookCells, name: string): SheetCells | undefined {
  return workbook.sheets.find((sheet) => normalizeHeader(sheet.name) === normalizeHeader(name));
}

/**
 * One sheet with its header row resolved. Every cell is read through here: a value that is stored is
 * checked by the form's field schema from `lib/inputs` (the same rule as on screen), and each problem
 * is reported with the sheet, row, column and cell.
 */
export class SheetReader {
  readonly headers = new Map<string, number>();
  readonly headerRow: number;
  constructor(
    readonly sheet: SheetCells,
    readonly issues: ImportIssues,
  ) {
    const first = sheet.rows[0];
    this.headerRow = first?.row ?? 1;
    for (const range of sheet.merges) {
      const rows = range.match(/\d+/g)?.map(Number) ?? [];
      if (rows.length === 2 && rows[0]! <= this.headerRow && this.headerRow <= rows[1]!) {
        this.error(
          this.headerRow,
          range,
          `Sel judul digabung (merge) di ${range}; pisahkan sel judul, satu judul per kolom`,
        );
      }
    }
    for (const cell of first?.cells ?? []) {
      const name = cell.value.kind === "text" ? normalizeHeader(cell.value.text) : "";
      if (name === "") continue;
      if (this.headers.has(name)) {
        this.error(this.headerRow, columnLetter(cell.column), `Judul kolom "${name}" muncul dua kali`);
      } else this.headers.set(name, cell.column);
    }
  }

  error(row: number, column: string, message: string) {
    this.issues.errors.push({ sheet: this.sheet.name, row, column, message });
  }
  warning(row: number, column: string, message: string) {
    this.issues.warnings.push({ sheet: this.sheet.name, row, column, message });
  }

  require(headers: readonly string[]): boolean {
    const missing = headers.filter((h) => !this.headers.has(normalizeHeader(h)));
    for (const header of missing) {
      this.error(this.headerRow, header, `Kolom "${header}" tidak ada pada baris judul`);
    }
    return missing.length === 0;
  }

  /** The column as messages name it: "Pagu (D)". */
  where(header: string): string {
    const column = this.headers.get(normalizeHeader(header));
    return column ? `${header} (${columnLetter(column)})` : header;
  }

  *rows(): Generator<Row> {
    for (const row of this.sheet.rows.slice(1)) {
      const byColumn = new Map(row.cells.map((cell) => [cell.column, cell]));
      const get = (header: string) => {
        const column = this.headers.get(normalizeHeader(header));
        return column === undefined ? undefined : byColumn.get(column);
      };
      const empty = (header: string) => {
        const cell = get(header);
        return !cell || (cell.value.kind === "text" && cell.value.text.trim() === "");
      };
      if ([...this.headers.keys()].every((header) => empty(header))) continue;
      yield { row: row.row, get, empty };
    }
  }

  /**
   * A number cell checked by a form's number field (Indonesian text, or a spreadsheet number read as
   * the text Excel shows, to its 15 digits): the value, null when empty, undefined when refused.
   */
  number(row: Row, header: string, schema: z.ZodType<Decimal | null>): Decimal | null | undefined {
    const cell = row.get(header);
    if (!cell || row.empty(header)) return null;
    const fail = (message: string) => {
      this.error(row.row, this.where(header), `${cell.address}: ${message}`);
      return undefined;
    };
    if (cell.formula && cell.value.kind !== "formula-without-result") {
      this.warning(
        row.row,
        this.where(header),
        `${cell.address} berisi rumus; yang dipakai hasil tersimpannya`,
      );
    }
    const value = cell.value;
    switch (value.kind) {
      case "formula-without-result":
        return fail(
          "berisi rumus tanpa hasil tersimpan; buka dan simpan ulang berkas di Excel, atau ketik angkanya",
        );
      case "date":
        return fail("berisi tanggal, bukan angka");
      case "boolean":
        return fail("berisi nilai benar/salah, bukan angka");
      case "error":
        return fail(`berisi galat ${value.text}, bukan angka`);
      case "text":
        return this.check(row, header, cell.address, schema, value.text);
      case "number":
        if (!Number.isFinite(value.value)) return fail("bukan angka yang sah");
        return this.check(
          row,
          header,
          cell.address,
          schema,
          new Decimal(value.value.toPrecision(15)).toFixed().replace(".", ","),
        );
    }
  }

  /**
   * A text cell checked by a form's field schema: what the schema gives, or undefined when refused. An
   * empty cell is checked as "", so a required field says so in the form's words.
   */
  field<T>(row: Row, header: string, schema: z.ZodType<T>): T | undefined {
    const cell = row.get(header);
    if (!cell || row.empty(header)) {
      const column = this.headers.get(normalizeHeader(header));
      const address = column === undefined ? null : `${columnLetter(column)}${row.row}`;
      return this.check(row, header, address, schema, "");
    }
    const text = this.text(row, header, cell);
    return text === undefined ? undefined : this.check(row, header, cell.address, schema, text);
  }

  /** A cell that names something (a kode, a bidang, a choice): its trimmed text, null when empty. */
  reference(row: Row, header: string): string | null | undefined {
    const cell = row.get(header);
    if (!cell || row.empty(header)) return null;
    const text = this.text(row, header, cell)?.trim();
    if (text === undefined) return undefined;
    const problem =
      text.length > REFERENCE_MAX
        ? `paling panjang ${REFERENCE_MAX} karakter (berisi ${text.length})`
        : hasControlCharacters(text)
          ? "teks berisi karakter yang tidak diizinkan"
          : null;
    if (problem === null) return text;
    this.error(row.row, this.where(header), `${cell.address}: ${problem}`);
    return undefined;
  }

  /** A choice cell ("Positif", "Rasio", …): its value, `fallback` when empty, null (reported) otherwise. */
  choice<K extends string>(row: Row, header: string, labels: Record<K, string>, fallback: K): K | null {
    const text = this.reference(row, header);
    if (text === undefined) return null;
    if (text === null) return fallback;
    const value = fromLabel(labels, text);
    if (value === null) {
      const choices = Object.values<string>(labels);
      this.error(
        row.row,
        this.where(header),
        `${header} "${text}" tidak dikenal; isi ${choices.slice(0, -1).join(", ")} atau ${choices.at(-1)}`,
      );
    }
    return value;
  }

  /** A text or number cell as text (without the export's formula guard); undefined for anything else. */
  private text(row: Row, header: string, cell: SheetCell): string | undefined {
    const value = cell.value;
    if (value.kind === "text") return unneutralise(value.text);
    if (value.kind === "number") return String(value.value);
    this.error(row.row, this.where(header), `${cell.address}: harus berisi teks`);
    return undefined;
  }

  /** `text` through `schema`; a refusal is reported with the schema's first message. */
  private check<T>(row: Row, header: string, address: string | null, schema: z.ZodType<T>, text: string) {
    const parsed = schema.safeParse(text);
    if (parsed.success) return parsed.data;
    const message = parsed.error.issues[0]!.message;
    this.error(row.row, this.where(header), address === null ? message : `${address}: ${message}`);
    return undefined;
  }
}

/** Adds an item read from `reader`, refusing a second row with the same key. */
export function addItem(reader: SheetReader, items: Snapshot, item: SnapshotItem, column: string): void {
  const existing = items.get(item.key);
  if (existing) {
    reader.error(
      item.at!.row,
      reader.where(column),
      `${item.label}: sudah ada di baris ${existing.at?.row ?? "lain"}; setiap kode hanya boleh muncul sekali`,
    );
    return;
  }
  items.set(item.key, item);
}
