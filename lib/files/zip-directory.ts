import { Inflate } from "fflate";

/**
 * The two bounded steps every uploaded zip (an .xlsx to import, an .xlsx or .docx of evidence) goes through:
 * its central directory is read without inflating anything, and an entry is inflated with a counter that
 * stops at its declared size and at a budget (a zip bomb lies about its sizes).
 */

export type ZipEntry = {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
  encrypted: boolean;
};

/** Why a zip cannot be read: not a zip at all, damaged, or ZIP64 (never needed by our files). */
export type ZipProblem = "NOT_ZIP" | "DAMAGED" | "ZIP64";

export function readZipDirectory(
  bytes: Uint8Array,
  maxEntries: number,
): { entries: ZipEntry[] } | { problem: ZipProblem } | { tooManyEntries: number } {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { problem: "NOT_ZIP" };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { problem: "NOT_ZIP" };
  const count = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) return { problem: "ZIP64" };
  if (count > maxEntries) return { tooManyEntries: count };
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return { problem: "DAMAGED" };
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries };
}

/**
 * An entry's bytes, inflated 64 KiB at a time; "TOO_LARGE" as soon as it outgrows its declared size or
 * `budget.left` (which it then lowers), "DAMAGED" for a broken header or an unknown compression method.
 */
export function inflateZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: { left: number },
): Uint8Array | "TOO_LARGE" | "DAMAGED" {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== 0x04034b50) return "DAMAGED";
  const start =
    entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (compressed.length > budget.left) return "TOO_LARGE";
    budget.left -= compressed.length;
    return compressed;
  }
  if (entry.method !== 8) return "DAMAGED";
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let exceeded = false;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.size || produced > budget.left) exceeded = true;
    else chunks.push(chunk);
  });
  const step = 64 * 1024;
  try {
    for (let i = 0; i < compressed.length && !exceeded; i += step) {
      inflater.push(compressed.subarray(i, i + step), i + step >= compressed.length);
    }
  } catch {
    return "DAMAGED";
  }
  if (exceeded) return "TOO_LARGE";
  budget.left -= produced;
  const out = new Uint8Array(produced);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
