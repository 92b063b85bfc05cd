import { Inflate, strToU8, zipSync } from "fflate";

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

type Entry = { name: string; method: number; compressedSize: number; size: number; offset: number };

function readCentralDirectory(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail(NOT_XLSX);
  const count = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    fail("Berkas terlalu besar untuk buku kerja yang dapat diimpor (format ZIP64).");
  }
  if (count > xlsxLimits.entries) fail(`Berkas berisi ${count} bagian; paling banyak ${xlsxLimits.entries}.`);
  const entries: Entry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) fail(`${NOT_XLSX} (ZIP rusak)`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1)
      fail("Buku kerja dilindungi kata sandi; buka di Excel, hapus kata sandinya, lalu unggah lagi.");
    entries.push({ name, method, compressedSize, size, offset });
    at += 46 + nameLength + extraLength + commentLength;
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

function inflateEntry(bytes: Uint8Array, entry: Entry, budget: { left: number }): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(entry.offset, true) !== 0x04034b50) fail(`${NOT_XLSX} (ZIP rusak)`);
  const start =
    entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (compressed.length > budget.left) fail(tooLarge());
    budget.left -= compressed.length;
    return compressed;
  }
  if (entry.method !== 8) fail(`${NOT_XLSX} (metode kompresi ${entry.method} tidak dikenal)`);
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let exceeded = false;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.size || produced > budget.left) exceeded = true;
    else chunks.push(chunk);
  });
  const step = 64 * 1024;
  for (let i = 0; i < compressed.length && !exceeded; i += step) {
    inflater.push(compressed.subarray(i, i + step), i + step >= compressed.length);
  }
  if (exceeded) fail(tooLarge());
  budget.left -= produced;
  const out = new Uint8Array(produced);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
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
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) fail(NOT_XLSX);
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
