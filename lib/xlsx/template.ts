import { periodOfQuarter, QUARTERS } from "@/lib/calc/period";
import { quarterLabel } from "@/lib/vocabulary";
import type { ImportPeriod } from "./snapshot";

/** The import/export template: sheet names and column headers (matched case-insensitively, spaces ignored). */

export const sheetNames = {
  anggaran: "Anggaran",
  indikator: "Indikator",
  renstra: "Renstra",
  narasi: "Narasi",
  rencanaAksi: "Rencana Aksi",
} as const;

export const quarterColumns: { period: ImportPeriod; header: string }[] = QUARTERS.map((quarter) => ({
  period: periodOfQuarter(quarter),
  header: `Realisasi ${quarterLabel(quarter)}`,
}));

export const anggaranColumns = [
  "Kode",
  "Uraian",
  "Bidang",
  "Pagu",
  "Pagu Perubahan",
  ...quarterColumns.map((q) => q.header),
  "Realisasi",
] as const;

export const ratioQuarterColumns = (part: "Pembilang" | "Penyebut") =>
  QUARTERS.map((quarter) => ({
    period: periodOfQuarter(quarter),
    header: `${part} ${quarterLabel(quarter)}`,
  }));

export const indikatorColumns = [
  "Kode",
  "Indikator",
  "Satuan",
  "Polaritas",
  "Cara Hitung",
  "Gabungan Triwulan",
  "Target",
  "Target Perubahan",
  ...quarterColumns.map((q) => q.header),
  "Realisasi",
  "Pembilang",
  "Penyebut",
  ...ratioQuarterColumns("Pembilang").map((c) => c.header),
  ...ratioQuarterColumns("Penyebut").map((c) => c.header),
];

export const renstraFixedColumns = ["Kode", "Jenis", "Uraian", "Induk", "Satuan", "Polaritas"];
export const renstraYearColumns = (years: readonly number[]) => [
  ...years.map((y) => `Target ${y}`),
  ...years.map((y) => `Realisasi ${y}`),
];

/** The Narasi sheet: a section (its label or its code), the kode of its sasaran/program/kegiatan, the text. */
export const narasiColumns = ["Bagian", "Kode Pemilik", "Teks"] as const;

/**
 * The Rencana Aksi sheet: a sub kegiatan's planned disbursement (Indikator empty) or an IKU's / program's /
 * kegiatan's indicator plan, each triwulan's own value.
 */
export const rencanaAksiColumns = [
  "Kode",
  "Indikator",
  ...QUARTERS.map((quarter) => `Rencana ${quarterLabel(quarter)}`),
] as const;

export const TOTAL_KODE = "TOTAL";

/** "  Realisasi   tw i " → "realisasi tw i". */
export const normalizeHeader = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/** What the Jenis column of the Renstra sheet says: the file's own words, which files already written keep. */
export const renstraKinds = { TUJUAN: "Tujuan", SASARAN: "Sasaran", IKU: "IKU" } as const;

/** The value whose label matches `text` (case-insensitively), or null. */
export function fromLabel<K extends string>(labels: Record<K, string>, text: string): K | null {
  const wanted = normalizeHeader(text);
  const found = (Object.keys(labels) as K[]).find((key) => normalizeHeader(labels[key]) === wanted);
  return found ?? null;
}
