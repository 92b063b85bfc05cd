import { strToU8, zipSync } from "fflate";
import { inflateZipEntry, readZipDirectory, type ZipEntry } from "@/lib/files/zip-directory";

/**
 * Opens an .xlsx (a zip) with every size bounded before any spreadsheet parser sees it: the central
 * directory is read first (entry count, declared sizes, encryption), each entry is then inflated with a
 * counter that stops at the declared size and at the overall limit (a zip bomb lies about its sizes), and
 * only the parts a workbook needs are kept. Empty rows and cells without a value are dropped from the
 * sheet XML, so a sheet of a million formatted but empty rows costs nothing downstream.
 */

export class WorkbookFileError extends Error {
  // Kept by name when the error comes back from a worker thread (`runHeavy`).
  override name = "WorkbookFileError";
}

export const xlsxLimits = {
  /** The upload itself. */
  fileBytes: 20 * 1024 * 1024,
  entries: 2_000,
  /** All kept parts together, inflated. */
  inflatedBytes: 120 * 1024 * 1024,
  /** Rows with a value, over all sheets. */
  rows: 60_000,
};

const MiB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

const fail = (message: string): never => {
  throw new WorkbookFileError(message);
};

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const NOT_XLSX =
  'Berkas bukan buku kerja Excel .xlsx. Simpan berkas dari Excel sebagai "Excel Workbook (.xlsx)".';

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const read = readZipDirectory(bytes, xlsxLimits.entries);
  if ("tooManyEntries" in read) {
    fail(`Berkas berisi ${read.tooManyEntries} bagian; paling banyak ${xlsxLimits.entries}.`);
  }
  if ("problem" in read) {
    if (read.problem === "ZIP64")
      fail("Berkas terlalu besar untuk buku kerja yang dapat diimpor (format ZIP64).");
    fail(read.problem === "DAMAGED" ? `${NOT_XLSX} (ZIP rusak)` : NOT_XLSX);
  }
  const { entries } = read as { entries: ZipEntry[] };
  if (entries.some((entry) => entry.encrypted)) {
    fail("Buku kerja dilindungi kata sandi; buka di Excel, hapus kata sandinya, lalu unggah lagi.");
  }
  return entries;
}

/** The parts a workbook's cells live in; images, printer settings, macros and the rest are dropped. */
const wanted = (name: string) =>
  name === "[Content_Types].xml" ||
  /^_rels\/\.rels$/.test(name) ||
  /^xl\/(workbook\.xml|styles\.xml|sharedStrings\.xml|_rels\/workbook\.xml\.rels|worksheets\/sheet\d+\.xml)$/.test(
    name,
  );

function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: { left: number }): Uint8Array {
  const inflated = inflateZipEntry(bytes, entry, budget);
  if (inflated === "TOO_LARGE") fail(tooLarge());
  if (inflated === "DAMAGED") fail(`${NOT_XLSX} (ZIP rusak)`);
  return inflated as Uint8Array;
}

const tooLarge = () =>
  `Isi berkas terlalu besar setelah dibuka (lebih dari ${MiB(xlsxLimits.inflatedBytes)}), atau ukurannya tidak sesuai dengan yang tercantum; berkas ditolak.`;

const attribute = (attributes: string, name: string) =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? null;

/** The sheet's name as Excel shows it, by part name ("xl/worksheets/sheet1.xml" → "Anggaran"). */
function sheetNames(parts: Record<string, Uint8Array>): Map<string, string> {
  const decode = (name: string) => new TextDecoder().decode(parts[name] ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const [, attributes] of decode("xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = attribute(attributes!, "Id");
    const target = attribute(attributes!, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const [, attributes] of decode("xl/workbook.xml").matchAll(/<sheet\b([^>]*)>/g)) {
    const part = targets.get(attribute(attributes!, "r:id") ?? "");
    const name = attribute(attributes!, "name");
    if (part && name) names.set(part, name);
  }
  return names;
}

/** Characters XML 1.0 forbids, raw or as a character reference (&#0;): a parser may not see them. */
const FORBIDDEN_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|&#0*(?:[0-8]|1[124-9]|2\d|3[01]);|&#x0*(?:[0-8bcef]|1[0-9a-f]);/i;
const DAMAGED_XML =
  "Isi buku kerja rusak atau tidak wajar (karakter terlarang atau deklarasi DOCTYPE/ENTITY di dalam XML-nya). Simpan ulang berkas dari Excel sebagai .xlsx, lalu unggah lagi.";

/** A number as a spreadsheet stores it in <v>: anything else would be read as a silent 0 or be cut short. */
const STORED_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function checkNumberCells(xml: string, sheet: string): void {
  for (const [, attributes, content] of xml.matchAll(/<c\b([^>]*)>([\s\S]*?)<\/c>/g)) {
    const type = attribute(attributes!, "t");
    if (type !== null && type !== "n") continue;
    const stored = /<v>([^<]*)<\/v>/.exec(content!)?.[1];
    if (stored !== undefined && !STORED_NUMBER.test(stored.trim())) {
      fail(
        `Lembar "${sheet}", sel ${attribute(attributes!, "r") ?? "?"}: isi "${stored.slice(0, 30)}" bukan angka yang sah. Ketik angka biasa (misalnya 1.234.567,50) atau simpan ulang berkas dari Excel.`,
      );
    }
  }
}

/** Drops cells without a value and then rows without a cell; counts the rows that remain. */
function compactSheet(xml: string): { xml: string; rows: number } {
  const compacted = xml
    .replace(/<c\b[^>]*\/>/g, "")
    .replace(/<c\b[^>]*>\s*<\/c>/g, "")
    .replace(/<row\b[^>]*\/>/g, "")
    .replace(/<row\b[^>]*>\s*<\/row>/g, "");
  return { xml: compacted, rows: compacted.match(/<row\b/g)?.length ?? 0 };
}

/**
 * The workbook as a small, bounded zip that a parser may load. Throws WorkbookFileError (Indonesian
 * message) for anything that is not a plain .xlsx within the limits.
 */
export function unzipGuarded(bytes: Uint8Array): Uint8Array {
  if (bytes.length > xlsxLimits.fileBytes) {
    fail(`Berkas ${MiB(bytes.length)} terlalu besar; paling besar ${MiB(xlsxLimits.fileBytes)}.`);
  }
  if (CFB_MAGIC.every((byte, i) => bytes[i] === byte)) {
    fail(
      "Buku kerja dilindungi kata sandi (atau berformat .xls lama); hapus kata sandinya dan simpan sebagai .xlsx, lalu unggah lagi.",
    );
  }
  const entries = readCentralDirectory(bytes).filter((entry) => wanted(entry.name));
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > xlsxLimits.inflatedBytes) fail(tooLarge());
  if (!entries.some((entry) => entry.name === "xl/workbook.xml")) fail(NOT_XLSX);

  const budget = { left: xlsxLimits.inflatedBytes };
  const parts: Record<string, Uint8Array> = {};
  let rows = 0;
  for (const entry of entries) parts[entry.name] = inflateEntry(bytes, entry, budget);
  const names = sheetNames(parts);
  for (const [name, data] of Object.entries(parts)) {
    const xml = new TextDecoder().decode(data);
    if (FORBIDDEN_XML.test(xml) || /<!(?:DOCTYPE|ENTITY)/i.test(xml)) fail(DAMAGED_XML);
    if (name.startsWith("xl/worksheets/")) {
      const sheet = compactSheet(xml);
      checkNumberCells(sheet.xml, names.get(name) ?? name);
      rows += sheet.rows;
      if (rows > xlsxLimits.rows) {
        fail(
          `Berkas berisi lebih dari ${xlsxLimits.rows.toLocaleString("id-ID")} baris terisi; bagi menjadi beberapa berkas.`,
        );
      }
      parts[name] = strToU8(sheet.xml);
    }
  }
  return zipSync(parts, { level: 0 });
}
