import { inflateZipEntry, readZipDirectory } from "./zip-directory";

/** The file types accepted as bukti dukung, each recognised by its bytes, never by its name. */
export const evidenceTypes = {
  pdf: { mimeType: "application/pdf", label: "PDF", extensions: ["pdf"] },
  jpeg: { mimeType: "image/jpeg", label: "JPEG", extensions: ["jpg", "jpeg"] },
  png: { mimeType: "image/png", label: "PNG", extensions: ["png"] },
  xlsx: {
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "Excel (.xlsx)",
    extensions: ["xlsx"],
  },
  docx: {
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "Word (.docx)",
    extensions: ["docx"],
  },
} as const;

export type EvidenceType = keyof typeof evidenceTypes;

export const evidenceLimits = {
  fileBytes: 25 * 1024 * 1024,
  /** Parts of an .xlsx/.docx. */
  zipEntries: 5_000,
  /** All parts of an .xlsx/.docx together, inflated: far above any real document, far below a bomb. */
  inflatedBytes: 256 * 1024 * 1024,
};

const ACCEPTED = "Yang diterima: PDF, JPEG, PNG, Excel (.xlsx) dan Word (.docx).";

/** The main part an Office file's [Content_Types].xml must declare, and where that part lives. */
const officeMainParts = {
  xlsx: {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    part: "xl/workbook.xml",
  },
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    part: "word/document.xml",
  },
} as const;

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  magic.every((byte, i) => bytes[at + i] === byte);

/** What executables start with: named in the message, since a renamed program is the likeliest attack. */
const executableMagic: [readonly number[], string][] = [
  [[0x4d, 0x5a], "program Windows (.exe)"],
  [[0x7f, 0x45, 0x4c, 0x46], "program Linux (ELF)"],
  [[0xcf, 0xfa, 0xed, 0xfe], "program macOS (Mach-O)"],
  [[0x23, 0x21], "skrip (#!)"],
];

export type EvidenceCheck = { ok: true; type: EvidenceType } | { ok: false; reason: string };

/** An Office file checked without trusting its sizes: every part inflated under a budget. */
function officeType(bytes: Uint8Array): EvidenceCheck {
  const read = readZipDirectory(bytes, evidenceLimits.zipEntries);
  if ("tooManyEntries" in read) {
    return { ok: false, reason: `berisi ${read.tooManyEntries} bagian ZIP, tidak wajar untuk dokumen` };
  }
  if ("problem" in read)
    return { ok: false, reason: `bukan dokumen Office yang utuh (ZIP rusak). ${ACCEPTED}` };
  const { entries } = read;
  if (entries.some((entry) => entry.encrypted)) {
    return { ok: false, reason: "dilindungi kata sandi; hapus kata sandinya lalu unggah lagi" };
  }
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > evidenceLimits.inflatedBytes) {
    return { ok: false, reason: "isinya mengembang berlipat-lipat saat dibuka (bom ZIP)" };
  }
  const budget = { left: evidenceLimits.inflatedBytes };
  const parts = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const inflated = inflateZipEntry(bytes, entry, budget);
    if (inflated === "TOO_LARGE") {
      return { ok: false, reason: "isinya lebih besar daripada yang tercantum di dalamnya (bom ZIP)" };
    }
    if (inflated === "DAMAGED") return { ok: false, reason: "bukan dokumen Office yang utuh (ZIP rusak)" };
    if (entry.name === "[Content_Types].xml" || entry.name.endsWith(".xml")) parts.set(entry.name, inflated);
  }
  const contentTypes = new TextDecoder().decode(parts.get("[Content_Types].xml") ?? new Uint8Array());
  for (const [type, main] of Object.entries(officeMainParts) as [
    EvidenceType,
    (typeof officeMainParts)["docx"],
  ][]) {
    if (contentTypes.includes(`ContentType="${main.contentType}"`) && parts.has(main.part)) {
      return { ok: true, type };
    }
  }
  return {
    ok: false,
    reason: `berkas ZIP ini bukan dokumen Word (.docx) atau Excel (.xlsx) biasa (dokumen bermakro tidak diterima). ${ACCEPTED}`,
  };
}

/** The type the bytes declare, or why the file is refused (Indonesian, completing "Berkas X ditolak: …"). */
export function identifyEvidence(bytes: Uint8Array): EvidenceCheck {
  if (bytes.length === 0) return { ok: false, reason: "berkas kosong" };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: true, type: "pdf" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, type: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, type: "jpeg" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeType(bytes);
  const executable = executableMagic.find(([magic]) => startsWith(bytes, magic));
  if (executable) return { ok: false, reason: `isinya ${executable[1]}, bukan dokumen. ${ACCEPTED}` };
  return { ok: false, reason: `jenis isinya tidak dikenali. ${ACCEPTED}` };
}

/** Whether the name's extension agrees with the type the bytes declare. */
export function extensionMatches(fileName: string, type: EvidenceType): boolean {
  const extension = fileName.includes(".") ? fileName.slice(fileName.lastIndexOf(".") + 1).toLowerCase() : "";
  return (evidenceTypes[type].extensions as readonly string[]).includes(extension);
}
