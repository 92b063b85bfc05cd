/**
 * National kode of the budget structure (Kepmendagri 050-5889/2021 for program, kegiatan and sub
 * kegiatan; Permendagri 90/2019 for rekening belanja). Pure: shared by the forms and the server.
 *
 *   program       1.06.04                urusan . bidang urusan . program
 *   kegiatan      1.06.04.2.01           program . D . DD
 *   sub kegiatan  1.06.04.2.01.0001      kegiatan . DDDD
 *   rekening      5.1.02.01.01.0024      akun 5 (belanja) . kelompok . jenis . objek . rincian objek . sub rincian
 */

import { levelName, type StructureLevel } from "@/lib/vocabulary";

const PROGRAM = String.raw`\d{1,2}\.\d{2}\.\d{2}`;
const KEGIATAN = String.raw`${PROGRAM}\.\d\.\d{2}`;
const SUB_KEGIATAN = String.raw`${KEGIATAN}\.\d{4}`;
const REKENING = String.raw`5\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}`;

export const kodeFormat: Record<StructureLevel, { pattern: RegExp; shape: string; example: string }> = {
  PROGRAM: { pattern: new RegExp(`^${PROGRAM}$`), shape: "X.XX.XX", example: "1.06.04" },
  KEGIATAN: { pattern: new RegExp(`^${KEGIATAN}$`), shape: "X.XX.XX.X.XX", example: "1.06.04.2.01" },
  SUB_KEGIATAN: {
    pattern: new RegExp(`^${SUB_KEGIATAN}$`),
    shape: "X.XX.XX.X.XX.XXXX",
    example: "1.06.04.2.01.0001",
  },
  REKENING: {
    pattern: new RegExp(`^${REKENING}$`),
    shape: "5.X.XX.XX.XX.XXXX",
    example: "5.1.02.01.01.0024",
  },
};

/** The level whose parent's kode a kode must extend (rekening lines carry their own account kode). */
export const parentLevel: Record<StructureLevel, StructureLevel | null> = {
  PROGRAM: null,
  KEGIATAN: "PROGRAM",
  SUB_KEGIATAN: "KEGIATAN",
  REKENING: null,
};

/** What the planner typed, without surrounding or inner spaces ("1.06. 04 " → "1.06.04"). */
export function normalizeKode(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Null when `kode` (already normalised) has the national format of `level`; otherwise why not. */
export function checkKodeFormat(level: StructureLevel, kode: string): string | null {
  const label = levelName(level);
  if (kode === "") return `Kode ${label} wajib diisi, misalnya ${kodeFormat[level].example}`;
  if (kodeFormat[level].pattern.test(kode)) return null;
  const { shape, example } = kodeFormat[level];
  if (level === "REKENING" && !kode.startsWith("5.")) {
    return `Kode ${label} diawali 5 dengan format ${shape}, misalnya ${example}; "${kode}" tidak sesuai`;
  }
  return `Kode ${label} harus berformat ${shape}, misalnya ${example}; "${kode}" tidak sesuai`;
}

/**
 * Null when the kode of a kegiatan or sub kegiatan extends its parent's kode (1.06.04.2.01 under
 * 1.06.04); otherwise why not. Program and rekening kode have no parent to extend.
 */
export function checkKodeUnderParent(level: StructureLevel, kode: string, parentKode: string): string | null {
  const parent = parentLevel[level];
  if (parent === null || kode.startsWith(`${parentKode}.`)) return null;
  return (
    `Kode ${levelName(level)} ${kode} tidak berada di bawah ${levelName(parent)} ${parentKode}; ` +
    `kodenya harus diawali ${parentKode}.`
  );
}

/** Both checks; null when the kode may be used under that parent. */
export function checkKode(level: StructureLevel, kode: string, parentKode?: string): string | null {
  const format = checkKodeFormat(level, kode);
  if (format !== null || parentKode === undefined) return format;
  return checkKodeUnderParent(level, kode, parentKode);
}
