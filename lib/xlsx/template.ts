import type { ImportPeriod } from "./snapshot";

/** The import/export template: sheet names and column headers (matched case-insensitively, spaces ignored). */

export const sheetNames = { anggaran: "Anggaran", indikator: "Indikator", renstra: "Renstra" } as const;

export const quarterColumns: { period: ImportPeriod; header: string }[] = [
  { period: "TW1", header: "Realisasi TW I" },
  { period: "TW2", header: "Realisasi TW II" },
  { period: "TW3", header: "Realisasi TW III" },
  { period: "TW4", header: "Realisasi TW IV" },
];
const roman = ["I", "II", "III", "IV"];

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
  roman.map((r, i) => ({ period: quarterColumns[i]!.period, header: `${part} TW ${r}` }));

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

export const TOTAL_KODE = "TOTAL";

/** "  Realisasi   tw i " → "realisasi tw i". */
export const normalizeHeader = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

export const polarityLabels = { POSITIF: "Positif", NEGATIF: "Negatif", RENTANG: "Rentang" } as const;
export const calculationLabels = { LANGSUNG: "Langsung", RASIO: "Rasio" } as const;
export const aggregationLabels = { JUMLAH: "Jumlah", TERAKHIR: "Terakhir", RATA_RATA: "Rata-rata" } as const;
export const renstraKinds = { TUJUAN: "Tujuan", SASARAN: "Sasaran", IKU: "IKU" } as const;

/** The value whose label matches `text` (case-insensitively), or null. */
export function fromLabel<K extends string>(labels: Record<K, string>, text: string): K | null {
  const wanted = normalizeHeader(text);
  const found = (Object.keys(labels) as K[]).find((key) => normalizeHeader(labels[key]) === wanted);
  return found ?? null;
}
