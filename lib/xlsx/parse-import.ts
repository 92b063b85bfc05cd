import Decimal from "decimal.js";
import { parseIndonesianDecimal, parseRupiah, type ParseResult } from "@/lib/parse/indonesian-number";
import { checkKodeFormat, normalizeKode } from "@/lib/structure/kode";
import { aggregationLabel, calculationLabel, polarityLabel, type StructureLevel } from "@/lib/vocabulary";
import { hasControlCharacters } from "@/lib/inputs/fields";
import { unneutralise } from "./sheet-writer";
import type { CellValue, SheetCell, SheetCells, WorkbookCells } from "./read-workbook";
import {
  amountField,
  figure,
  type Fields,
  indicatorField,
  itemKey,
  money,
  periods,
  renstraTargetField,
  type Snapshot,
  type SnapshotItem,
} from "./snapshot";
import {
  anggaranColumns,
  fromLabel,
  normalizeHeader,
  quarterColumns,
  ratioQuarterColumns,
  renstraKinds,
  sheetNames,
  textLimits,
  TOTAL_KODE,
} from "./template";

export type ImportIssue = { sheet: string; row: number; column: string; message: string };

/** What the file is read against: the OPD's bidang and the Renstra codes already stored. */
export type ParseContext = {
  bidang: readonly string[];
  /** Tujuan, sasaran and IKU codes of the stored Renstra (used when the file has no Renstra sheet). */
  renstraCodes: ReadonlyMap<string, string>;
};

export type ParsedFile = {
  items: Snapshot;
  sheets: { indikator: boolean; renstra: boolean };
  /** The years of the Renstra sheet's Target columns. */
  renstraYears: number[];
  /** Budget rows whose kode was read, including rows refused for another cell: not planned as removals. */
  readKeys: ReadonlySet<string>;
  errors: ImportIssue[];
  warnings: ImportIssue[];
};

const columnLetter = (n: number): string =>
  n <= 0 ? "" : columnLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

/** A sheet with its header row resolved: cells by canonical header. */
type Row = { row: number; get(header: string): SheetCell | undefined; empty(header: string): boolean };

class SheetReader {
  readonly headers = new Map<string, number>();
  readonly headerRow: number;
  constructor(
    readonly sheet: SheetCells,
    readonly issues: { errors: ImportIssue[]; warnings: ImportIssue[] },
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

  /** A number cell: numeric (rounded to Excel's 15 digits) or Indonesian text through `parse`. */
  number(row: Row, header: string, parse: (text: string) => ParseResult): Decimal | null | undefined {
    const cell = row.get(header);
    if (!cell || row.empty(header)) return null;
    const where = this.where(header);
    const fail = (message: string) => {
      this.error(row.row, where, `${cell.address}: ${message}`);
      return undefined;
    };
    if (cell.formula && cell.value.kind !== "formula-without-result") {
      this.warning(row.row, where, `${cell.address} berisi rumus; yang dipakai hasil tersimpannya`);
    }
    const value: CellValue = cell.value;
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
      case "text": {
        const parsed = parse(value.text);
        return parsed.ok ? parsed.value : fail(parsed.message);
      }
      case "number": {
        if (!Number.isFinite(value.value)) return fail("bukan angka yang sah");
        // The text of the cell as Excel shows it, then the same parser as the screens.
        const text = new Decimal(value.value.toPrecision(15)).toFixed();
        const parsed = parse(text.replace(".", ","));
        return parsed.ok ? parsed.value : fail(parsed.message);
      }
    }
  }

  text(row: Row, header: string, max: number): string | null | undefined {
    const cell = row.get(header);
    if (!cell || row.empty(header)) return null;
    const where = this.where(header);
    const value = cell.value;
    const text =
      value.kind === "text"
        ? unneutralise(value.text).trim()
        : value.kind === "number"
          ? String(value.value)
          : undefined;
    if (text === undefined) {
      this.error(row.row, where, `${cell.address}: harus berisi teks`);
      return undefined;
    }
    if (text.length > max) {
      this.error(row.row, where, `${cell.address}: paling panjang ${max} karakter (berisi ${text.length})`);
      return undefined;
    }
    if (hasControlCharacters(text)) {
      this.error(row.row, where, `${cell.address}: teks berisi karakter yang tidak diizinkan`);
      return undefined;
    }
    return text;
  }
}

const rupiah = (text: string) => parseRupiah(text);
const decimalFigure = (text: string) => parseIndonesianDecimal(text);

const kodeLevelBySegments: Record<number, StructureLevel> = {
  3: "PROGRAM",
  5: "KEGIATAN",
  6: "SUB_KEGIATAN",
};
const parentCode = (code: string, drop: number) => code.split(".").slice(0, -drop).join(".");

function findSheet(workbook: WorkbookCells, name: string): SheetCells | undefined {
  return workbook.sheets.find((sheet) => normalizeHeader(sheet.name) === normalizeHeader(name));
}

/**
 * Reads the template's sheets into a snapshot, with every problem as sheet, row, column and an
 * Indonesian message. Structural rules (kode format, parent, duplicates, bidang, limits) are checked
 * here; what depends on the stored data (scope, removals) is the diff's job.
 */
export function parseImport(workbook: WorkbookCells, context: ParseContext): ParsedFile {
  const issues = { errors: [] as ImportIssue[], warnings: [] as ImportIssue[] };
  const items: Snapshot = new Map();
  const anggaran = findSheet(workbook, sheetNames.anggaran);
  const indikator = findSheet(workbook, sheetNames.indikator);
  const renstra = findSheet(workbook, sheetNames.renstra);
  if (!anggaran) {
    issues.errors.push({
      sheet: sheetNames.anggaran,
      row: 0,
      column: "",
      message: 'Lembar "Anggaran" tidak ada; unduh templat dari halaman impor',
    });
    return {
      items,
      sheets: { indikator: false, renstra: false },
      renstraYears: [],
      readKeys: new Set(),
      ...issues,
    };
  }
  const renstraYears: number[] = [];
  const renstraCodes = renstra
    ? readRenstra(new SheetReader(renstra, issues), items, renstraYears)
    : context.renstraCodes;
  const budgetRows = readAnggaran(new SheetReader(anggaran, issues), items, context);
  if (indikator) readIndikator(new SheetReader(indikator, issues), items, renstraCodes, budgetRows);
  return {
    items,
    sheets: { indikator: !!indikator, renstra: !!renstra },
    renstraYears,
    readKeys: budgetRows,
    ...issues,
  };
}

function add(reader: SheetReader, items: Snapshot, item: SnapshotItem, kodeColumn: string): void {
  const existing = items.get(item.key);
  if (existing) {
    reader.error(
      item.at!.row,
      reader.where(kodeColumn),
      `${item.label}: sudah ada di baris ${existing.at?.row ?? "lain"}; setiap kode hanya boleh muncul sekali`,
    );
    return;
  }
  items.set(item.key, item);
}

/** Returns the keys of every budget row whose kode was read, including rows refused for another cell. */
function readAnggaran(reader: SheetReader, items: Snapshot, context: ParseContext): Set<string> {
  const seen = new Set<string>();
  if (!reader.require(["Kode", "Uraian"])) return seen;
  const sheet = reader.sheet.name;
  const bidangByName = new Map(context.bidang.map((name) => [normalizeHeader(name), name]));
  const [, , , pagu, paguPerubahan] = anggaranColumns;
  let lastSub: SnapshotItem | null = null;
  // Rows whose kode was read, even if another cell failed: their children are not reported as orphans,
  // and rekening lines under a failed sub kegiatan are not attached to the one before it.
  let lastSubFailed = false;
  const subsWithRekening = new Set<string>();
  const leafValues = new Map<string, { pagu: Decimal | null; perubahan: Decimal | null }>();

  for (const row of reader.rows()) {
    const rawKode = reader.text(row, "Kode", textLimits.kode);
    if (rawKode === undefined) continue;
    if (rawKode === null) {
      reader.error(row.row, reader.where("Kode"), "Kode kosong; setiap baris berisi angka memerlukan kode");
      continue;
    }
    const code = normalizeKode(rawKode);
    const segments = kodeLevelBySegments[code.split(".").length];
    if (!code.startsWith("5")) {
      lastSub = null;
      lastSubFailed = segments === "SUB_KEGIATAN";
      if (segments === "PROGRAM") seen.add(itemKey.program(code));
      if (segments === "KEGIATAN") seen.add(itemKey.kegiatan(code));
      if (segments === "SUB_KEGIATAN") seen.add(itemKey.subKegiatan(code));
    } else if (lastSubFailed) continue;
    const at = { sheet, row: row.row };
    const name = reader.text(row, "Uraian", textLimits.name);
    const paguValue = reader.number(row, pagu, rupiah);
    const perubahanValue = reader.number(row, paguPerubahan, rupiah);
    const quarters = quarterColumns.map((q) => reader.number(row, q.header, rupiah));
    const total = reader.number(row, "Realisasi", rupiah);
    if ([paguValue, perubahanValue, total, ...quarters].includes(undefined) || name === undefined) continue;

    const known = quarters.filter((q): q is Decimal => q !== null);
    const sum = known.length > 0 ? Decimal.sum(...known) : null;
    if (sum !== null && total !== null && !sum.eq(total!)) {
      reader.error(
        row.row,
        reader.where("Realisasi"),
        `Realisasi ${total!.toFixed()} tidak sama dengan jumlah realisasi triwulan ${sum.toFixed()}`,
      );
      continue;
    }
    const amounts: Fields = Object.fromEntries(periods.map((p) => [amountField(p), null]));
    if (sum !== null) quarterColumns.forEach((q, i) => (amounts[amountField(q.period)] = money(quarters[i])));
    else amounts[amountField("TAHUNAN")] = money(total);
    const reported = { reportedPagu: money(paguValue), reportedRealisasi: money(total ?? sum) };

    if (code.toUpperCase() === TOTAL_KODE) {
      add(
        reader,
        items,
        {
          level: "TOTAL",
          key: itemKey.total(),
          label: "Total",
          parentKey: null,
          bidang: null,
          fields: reported,
          at,
        },
        "Kode",
      );
      continue;
    }
    if (name === null) {
      reader.error(row.row, reader.where("Uraian"), `Uraian kode ${code} wajib diisi`);
      continue;
    }
    if (code.startsWith("5")) {
      const format = checkKodeFormat("REKENING", code);
      if (format) {
        reader.error(row.row, reader.where("Kode"), format);
        continue;
      }
      if (!lastSub) {
        reader.error(
          row.row,
          reader.where("Kode"),
          `Rekening ${code} tidak berada di bawah sub kegiatan; letakkan di bawah baris sub kegiatannya`,
        );
        continue;
      }
      if (paguValue === null) {
        reader.error(row.row, reader.where(pagu), `Pagu rekening ${code} wajib diisi`);
        continue;
      }
      subsWithRekening.add(lastSub.key);
      const subCode = lastSub.key.slice("SUB_KEGIATAN:".length);
      add(
        reader,
        items,
        {
          level: "REKENING",
          key: itemKey.rekening(subCode, code),
          label: `${code} ${name}`,
          parentKey: lastSub.key,
          bidang: lastSub.bidang,
          fields: { name, paguAwal: money(paguValue), paguPerubahan: money(perubahanValue), ...amounts },
          at,
        },
        "Kode",
      );
      continue;
    }

    const level = kodeLevelBySegments[code.split(".").length] ?? "PROGRAM";
    const format = checkKodeFormat(level, code);
    if (format) {
      reader.error(row.row, reader.where("Kode"), format);
      continue;
    }
    const bidangText = reader.text(row, "Bidang", textLimits.name);
    if (bidangText === undefined) continue;
    const bidang = bidangText === null ? null : bidangByName.get(normalizeHeader(bidangText));
    if (bidang === undefined) {
      reader.error(
        row.row,
        reader.where("Bidang"),
        `Bidang "${bidangText}" bukan bidang perangkat daerah ini (${context.bidang.join(", ") || "belum ada bidang"})`,
      );
      continue;
    }
    const label = `${code} ${name}`;
    if (level === "PROGRAM") {
      add(
        reader,
        items,
        {
          level,
          key: itemKey.program(code),
          label,
          parentKey: null,
          bidang,
          fields: { name, bidang, ...reported },
          at,
        },
        "Kode",
      );
    } else if (level === "KEGIATAN") {
      const parentKey = itemKey.program(parentCode(code, 2));
      add(
        reader,
        items,
        {
          level,
          key: itemKey.kegiatan(code),
          label,
          parentKey,
          bidang,
          fields: { name, bidang, program: parentCode(code, 2), ...reported },
          at,
        },
        "Kode",
      );
    } else {
      const item: SnapshotItem = {
        level,
        key: itemKey.subKegiatan(code),
        label,
        parentKey: itemKey.kegiatan(parentCode(code, 1)),
        bidang,
        fields: { name, bidang, kegiatan: parentCode(code, 1), ...amounts, ...reported },
        at,
      };
      const before = items.size;
      add(reader, items, item, "Kode");
      lastSub = items.size > before ? item : null;
      lastSubFailed = false;
      leafValues.set(item.key, { pagu: paguValue ?? null, perubahan: perubahanValue ?? null });
    }
  }

  // A sub kegiatan with rekening lines carries reported figures; one without, its pagu and realisasi.
  for (const [key, values] of leafValues) {
    const item = items.get(key)!;
    const { reportedPagu, reportedRealisasi, ...rest } = item.fields;
    if (subsWithRekening.has(key)) {
      item.fields = {
        name: rest.name,
        bidang: rest.bidang,
        kegiatan: rest.kegiatan,
        reportedPagu,
        reportedRealisasi,
      };
    } else {
      item.fields = { ...rest, paguAwal: money(values.pagu), paguPerubahan: money(values.perubahan) };
    }
  }
  for (const item of items.values()) {
    if (item.level === "PROGRAM" || item.level === "TOTAL" || item.level === "REKENING" || !item.parentKey)
      continue;
    if (item.level !== "KEGIATAN" && item.level !== "SUB_KEGIATAN") continue;
    if (!items.has(item.parentKey) && !seen.has(item.parentKey)) {
      const parent = item.parentKey.split(":")[1];
      const parentLevel = item.level === "KEGIATAN" ? "program" : "kegiatan";
      reader.error(
        item.at!.row,
        reader.where("Kode"),
        `Kode ${item.label.split(" ")[0]} tidak berada di bawah ${parentLevel} manapun di lembar ini; ${parentLevel} ${parent} tidak ada`,
      );
    }
  }
  return seen;
}

function readRenstra(reader: SheetReader, items: Snapshot, years: number[]): Map<string, string> {
  const codes = new Map<string, string>();
  if (!reader.require(["Kode", "Jenis", "Uraian"])) return codes;
  const sheet = reader.sheet.name;
  years.push(
    ...[...reader.headers.keys()]
      .map((header) => /^target (\d{4})$/.exec(header)?.[1])
      .filter((year): year is string => !!year)
      .map(Number),
  );
  const rows = [...reader.rows()];
  const position = new Map<string, number>();
  for (const row of rows) {
    const code = reader.text(row, "Kode", textLimits.kode);
    const kindText = reader.text(row, "Jenis", 20);
    const text = reader.text(row, "Uraian", textLimits.renstraText);
    const parent = reader.text(row, "Induk", textLimits.kode);
    if ([code, kindText, text, parent].includes(undefined)) continue;
    const kind = kindText ? fromLabel(renstraKinds, kindText) : null;
    if (!code || !kind || !text) {
      const column = !code ? "Kode" : !kind ? "Jenis" : "Uraian";
      reader.error(
        row.row,
        reader.where(column),
        !kind && code
          ? `Jenis "${kindText ?? ""}" tidak dikenal; isi Tujuan, Sasaran atau IKU`
          : `${column} wajib diisi`,
      );
      continue;
    }
    const at = { sheet, row: row.row };
    if (kind === "TUJUAN") {
      add(
        reader,
        items,
        {
          level: "TUJUAN",
          key: itemKey.tujuan(code),
          label: `${code} ${text}`,
          parentKey: null,
          bidang: null,
          fields: { text },
          at,
        },
        "Kode",
      );
      codes.set(code, itemKey.tujuan(code));
      continue;
    }
    const parentKey = parent && (kind === "SASARAN" ? itemKey.tujuan(parent) : itemKey.sasaran(parent));
    if (!parentKey || !items.has(parentKey)) {
      const wanted = kind === "SASARAN" ? "tujuan" : "sasaran";
      reader.error(
        row.row,
        reader.where("Induk"),
        `Induk ${parent ?? "(kosong)"} bukan ${wanted} di lembar ini`,
      );
      continue;
    }
    if (kind === "SASARAN") {
      add(
        reader,
        items,
        {
          level: "SASARAN",
          key: itemKey.sasaran(code),
          label: `${code} ${text}`,
          parentKey,
          bidang: null,
          fields: { text, tujuan: parent },
          at,
        },
        "Kode",
      );
      codes.set(code, itemKey.sasaran(code));
      continue;
    }
    const satuan = reader.text(row, "Satuan", textLimits.satuan);
    const polarityText = reader.text(row, "Polaritas", 20);
    const polarity = polarityText ? fromLabel(polarityLabel, polarityText) : "POSITIF";
    if (!polarity)
      reader.error(
        row.row,
        reader.where("Polaritas"),
        `Polaritas "${polarityText}" tidak dikenal; isi Positif, Negatif atau Rentang`,
      );
    if (!satuan) reader.error(row.row, reader.where("Satuan"), "Satuan IKU wajib diisi");
    const targets = years.map(
      (year) => [renstraTargetField(year), reader.number(row, `Target ${year}`, decimalFigure)] as const,
    );
    if (!satuan || !polarity || targets.some(([, v]) => v === undefined)) continue;
    const n = position.get(parentKey) ?? 0;
    position.set(parentKey, n + 1);
    const key = itemKey.iku(parent!, text);
    add(
      reader,
      items,
      {
        level: "IKU",
        key,
        label: `${code} ${text}`,
        parentKey,
        bidang: null,
        fields: {
          name: text,
          satuan,
          polarity,
          position: String(n),
          ...Object.fromEntries(targets.map(([f, v]) => [f, figure(v)])),
        },
        at,
      },
      "Kode",
    );
    codes.set(code, key);
  }
  return codes;
}

function readIndikator(
  reader: SheetReader,
  items: Snapshot,
  renstraCodes: ReadonlyMap<string, string>,
  /** Budget rows refused for another reason: their indicators are not reported again. */
  budgetRows: ReadonlySet<string>,
): void {
  if (!reader.require(["Kode", "Indikator"])) return;
  const sheet = reader.sheet.name;
  const position = new Map<string, number>();
  for (const row of reader.rows()) {
    const rawCode = reader.text(row, "Kode", textLimits.kode);
    if (rawCode === undefined) continue;
    const code = rawCode && normalizeKode(rawCode);
    const ownerKey =
      code &&
      ([itemKey.subKegiatan(code), itemKey.kegiatan(code), itemKey.program(code)].find((k) => items.has(k)) ??
        renstraCodes.get(code));
    const refusedOwner =
      !!code &&
      [itemKey.subKegiatan(code), itemKey.kegiatan(code), itemKey.program(code)].some((k) =>
        budgetRows.has(k),
      );
    if (code && !ownerKey && refusedOwner) continue;
    if (!code || !ownerKey) {
      reader.error(
        row.row,
        reader.where("Kode"),
        code
          ? `Kode ${code} tidak ada di lembar Anggaran maupun Renstra`
          : "Kode pemilik indikator wajib diisi",
      );
      continue;
    }
    const isIku = ownerKey.startsWith("IKU:");
    const owner = items.get(ownerKey);
    const name = reader.text(row, "Indikator", textLimits.name);
    const satuan = reader.text(row, "Satuan", textLimits.satuan);
    const polarityText = reader.text(row, "Polaritas", 20);
    const calculationText = reader.text(row, "Cara Hitung", 20);
    const aggregationText = reader.text(row, "Gabungan Triwulan", 20);
    const target = reader.number(row, "Target", decimalFigure);
    const perubahan = reader.number(row, "Target Perubahan", decimalFigure);
    const values = quarterColumns.map((q) => reader.number(row, q.header, decimalFigure));
    const total = reader.number(row, "Realisasi", decimalFigure);
    const numerator = reader.number(row, "Pembilang", decimalFigure);
    const denominator = reader.number(row, "Penyebut", decimalFigure);
    const numerators = ratioQuarterColumns("Pembilang").map((c) =>
      reader.number(row, c.header, decimalFigure),
    );
    const denominators = ratioQuarterColumns("Penyebut").map((c) =>
      reader.number(row, c.header, decimalFigure),
    );
    const parsed = [
      name,
      satuan,
      polarityText,
      calculationText,
      aggregationText,
      target,
      perubahan,
      total,
      numerator,
      denominator,
      ...values,
      ...numerators,
      ...denominators,
    ];
    if (parsed.includes(undefined)) continue;

    const polarity = polarityText ? fromLabel(polarityLabel, polarityText) : "POSITIF";
    const calculation = calculationText ? fromLabel(calculationLabel, calculationText) : "LANGSUNG";
    const aggregation = aggregationText ? fromLabel(aggregationLabel, aggregationText) : "JUMLAH";
    if (!polarity)
      reader.error(
        row.row,
        reader.where("Polaritas"),
        `Polaritas "${polarityText}" tidak dikenal; isi Positif, Negatif atau Rentang`,
      );
    if (!calculation)
      reader.error(
        row.row,
        reader.where("Cara Hitung"),
        `Cara hitung "${calculationText}" tidak dikenal; isi Langsung atau Rasio`,
      );
    if (!aggregation)
      reader.error(
        row.row,
        reader.where("Gabungan Triwulan"),
        `Gabungan triwulan "${aggregationText}" tidak dikenal; isi Jumlah, Terakhir atau Rata-rata`,
      );
    if (!isIku && (!name || name.length < 3))
      reader.error(
        row.row,
        reader.where("Indikator"),
        "Nama indikator wajib diisi (paling sedikit 3 karakter)",
      );
    if (!isIku && !satuan)
      reader.error(row.row, reader.where("Satuan"), "Satuan wajib diisi, mis. %, Orang, Dokumen");
    if (!polarity || !calculation || !aggregation || (!isIku && (!name || name.length < 3 || !satuan)))
      continue;

    const realisasi: Fields = {};
    for (const period of periods) {
      for (const part of ["value", "numerator", "denominator"] as const)
        realisasi[indicatorField(part, period)] = null;
    }
    const setQuarterly = (
      part: "value" | "numerator" | "denominator",
      list: (Decimal | null | undefined)[],
    ) => quarterColumns.forEach((q, i) => (realisasi[indicatorField(part, q.period)] = figure(list[i])));
    if (calculation === "LANGSUNG") {
      if (values.some((v) => v !== null)) setQuarterly("value", values);
      else realisasi[indicatorField("value", "TAHUNAN")] = figure(total);
    } else {
      if ([...numerators, ...denominators].some((v) => v !== null)) {
        setQuarterly("numerator", numerators);
        setQuarterly("denominator", denominators);
      } else {
        realisasi[indicatorField("numerator", "TAHUNAN")] = figure(numerator);
        realisasi[indicatorField("denominator", "TAHUNAN")] = figure(denominator);
      }
      if (values.some((v) => v !== null) || total !== null) {
        reader.warning(
          row.row,
          reader.where("Realisasi"),
          "Indikator rasio: kolom realisasi diabaikan; yang dipakai pembilang dan penyebut",
        );
      }
    }
    const yearFields: Fields = {
      calculation,
      aggregation,
      target: figure(target),
      targetPerubahan: figure(perubahan),
      ...realisasi,
    };
    if (isIku) {
      const iku = items.get(ownerKey);
      if (iku) iku.fields = { ...iku.fields, ...yearFields };
      else
        items.set(ownerKey, {
          level: "IKU",
          key: ownerKey,
          label: `${code}`,
          parentKey: null,
          bidang: null,
          fields: yearFields,
          at: { sheet, row: row.row },
        });
      continue;
    }
    const n = position.get(ownerKey) ?? 0;
    position.set(ownerKey, n + 1);
    add(
      reader,
      items,
      {
        level: "INDIKATOR",
        key: itemKey.indicator(ownerKey, name!),
        label: `${code} ${name}`,
        parentKey: ownerKey,
        bidang: owner?.bidang ?? null,
        fields: { name, satuan, polarity, position: String(n), ...yearFields },
        at: { sheet, row: row.row },
      },
      "Indikator",
    );
  }
}
