import type Decimal from "decimal.js";
import type { BudgetLevel } from "./budget";
import type { Quarter } from "./period";

export type IndicatorLevel = "TUJUAN" | "SASARAN" | "PROGRAM" | "KEGIATAN" | "SUB_KEGIATAN";

export type FindingSeverity = "ERROR" | "WARNING" | "INFO";

export const findingSeverityLabel: Record<FindingSeverity, string> = {
  ERROR: "Kesalahan",
  WARNING: "Peringatan",
  INFO: "Informasi",
};

export const findingCodeLabel = {
  REALISASI_MELEBIHI_PAGU: "Realisasi melebihi pagu",
  PAGU_BEDA_DENGAN_RINCIAN: "Pagu berbeda dengan jumlah rinciannya",
  REALISASI_BEDA_DENGAN_RINCIAN: "Realisasi berbeda dengan jumlah rinciannya",
  TOTAL_PAGU_BEDA_DENGAN_RINCIAN: "Total pagu berbeda dengan jumlah rinciannya",
  TOTAL_REALISASI_BEDA_DENGAN_RINCIAN: "Total realisasi berbeda dengan jumlah rinciannya",
  PAGU_KOSONG: "Pagu belum diisi",
  NILAI_INDUK_DIABAIKAN: "Nilai pada baris induk diabaikan",
  REALISASI_GANDA: "Realisasi tercatat ganda",
  REALISASI_HANYA_TAHUNAN: "Realisasi hanya tercatat tahunan",
  REALISASI_TRIWULAN_KOSONG: "Realisasi triwulan belum diisi",
  TARGET_KOSONG: "Target belum ditetapkan",
  TARGET_TIDAK_VALID: "Rentang target tidak valid",
  TARGET_NOL: "Target bernilai nol",
  PENYEBUT_NOL: "Penyebut rasio bernilai nol",
  CAPAIAN_TIDAK_WAJAR: "Capaian di luar rentang wajar",
  CAPAIAN_DIBATASI: "Capaian dibatasi",
  PERSEN_MELEBIHI_100: "Persentase melebihi 100",
  NARASI_ANGKA_TIDAK_COCOK: "Angka dalam narasi tidak cocok dengan data",
  NARASI_TOKEN_TIDAK_DIKENAL: "Token angka dalam narasi tidak dikenal",
  NARASI_WAJIB_KOSONG: "Narasi wajib belum ditulis",
  REALISASI_DI_BAWAH_RENCANA: "Realisasi di bawah rencana aksi",
} as const satisfies Record<string, string>;

export type FindingCode = keyof typeof findingCodeLabel;

export type FindingLocation = {
  level: BudgetLevel | IndicatorLevel;
  /** Code of the budget line, or of the indicator's owner. */
  code: string;
  name: string;
  indicator?: { id: string; name: string };
};

export type Finding = {
  code: FindingCode;
  severity: FindingSeverity;
  location: FindingLocation;
  /** Indonesian, with figures formatted as in the report. */
  message: string;
  difference?: Decimal;
  /** The triwulan still empty (REALISASI_TRIWULAN_KOSONG): the finding counts once per triwulan. */
  quarters?: Quarter[];
};

const SEVERITY_RANK: Record<FindingSeverity, number> = { ERROR: 0, WARNING: 1, INFO: 2 };

/** Compares nomenclature codes segment by segment, numerically where both segments are numbers. */
export function compareCodes(a: string, b: string): number {
  const left = a.split(".");
  const right = b.split(".");
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    const bothNumeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    if (bothNumeric && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/** By severity (errors first), then location code; findings at the same place keep their order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareCodes(a.location.code, b.location.code),
  );
}
