import Decimal from "decimal.js";
import type { Amount } from "./period";
import { calculateSerapan, type SerapanResult } from "./serapan";

export type EfisiensiFormula = "SELISIH_CAPAIAN_SERAPAN" | "EFISIENSI_TERTIMBANG_OUTPUT";

export const efisiensiFormulaDescription: Record<EfisiensiFormula, string> = {
  SELISIH_CAPAIAN_SERAPAN: "Tingkat efisiensi = % capaian kinerja − % penyerapan anggaran",
  EFISIENSI_TERTIMBANG_OUTPUT:
    "Efisiensi = Σ(pagu × capaian − realisasi) / Σ(pagu × capaian), capaian sebagai pecahan (capaian % / 100)",
};

export type EfisiensiRowInput = {
  id: string;
  name: string;
  /** % capaian kinerja of the sasaran; null when it could not be computed. */
  capaian: Decimal | null;
  pagu: Decimal;
  realisasi: Amount;
};

export type EfisiensiValue =
  | { status: "OK"; value: Decimal }
  | { status: "TANPA_CAPAIAN" }
  | { status: "PAGU_NOL" }
  | { status: "REALISASI_TIDAK_DIKETAHUI" };

export const efisiensiStatusLabel: Record<EfisiensiValue["status"], string> = {
  OK: "Efisiensi terhitung",
  TANPA_CAPAIAN: "Capaian kinerja belum dapat dihitung",
  PAGU_NOL: "Pagu bernilai nol, serapan tidak dapat dihitung",
  REALISASI_TIDAK_DIKETAHUI: "Realisasi anggaran tidak diketahui",
};

export type EfisiensiRowResult = {
  id: string;
  name: string;
  capaian: Decimal | null;
  serapan: SerapanResult;
  tingkatEfisiensi: EfisiensiValue;
  formula: "SELISIH_CAPAIAN_SERAPAN";
};

/** Tingkat efisiensi per sasaran = % capaian kinerja − % penyerapan anggaran (e.g. 100 − 97,85 = 2,15). */
export function calculateEfisiensiRow(row: EfisiensiRowInput): EfisiensiRowResult {
  const serapan = calculateSerapan({ pagu: row.pagu, realisasi: row.realisasi });
  const tingkatEfisiensi: EfisiensiValue =
    row.capaian === null
      ? { status: "TANPA_CAPAIAN" }
      : serapan.status === "OK"
        ? { status: "OK", value: row.capaian.minus(serapan.value) }
        : { status: serapan.status };
  return {
    id: row.id,
    name: row.name,
    capaian: row.capaian,
    serapan,
    tingkatEfisiensi,
    formula: "SELISIH_CAPAIAN_SERAPAN",
  };
}

export type WeightedEfisiensiResult =
  | { status: "OK"; fraction: Decimal; percent: Decimal; formula: "EFISIENSI_TERTIMBANG_OUTPUT" }
  | { status: "DATA_TIDAK_LENGKAP"; incompleteIds: string[]; formula: "EFISIENSI_TERTIMBANG_OUTPUT" }
  | { status: "PEMBAGI_NOL"; formula: "EFISIENSI_TERTIMBANG_OUTPUT" };

/**
 * Output-weighted efficiency E = Σ(pagu_i × c_i − realisasi_i) / Σ(pagu_i × c_i), with c_i = capaian_i % / 100:
 * the value of the output achieved (pagu scaled by capaian) against what it cost.
 */
export function calculateWeightedEfisiensi({
  rows,
}: {
  rows: readonly EfisiensiRowInput[];
}): WeightedEfisiensiResult {
  const formula = "EFISIENSI_TERTIMBANG_OUTPUT";
  const incompleteIds = rows
    .filter((r) => r.capaian === null || r.realisasi.status !== "KNOWN")
    .map((r) => r.id);
  if (incompleteIds.length > 0) return { status: "DATA_TIDAK_LENGKAP", incompleteIds, formula };

  let output = new Decimal(0);
  let saving = new Decimal(0);
  for (const row of rows) {
    if (row.capaian === null || row.realisasi.status !== "KNOWN") continue;
    const rowOutput = row.pagu.times(row.capaian).div(100);
    output = output.plus(rowOutput);
    saving = saving.plus(rowOutput.minus(row.realisasi.value));
  }
  if (output.isZero()) return { status: "PEMBAGI_NOL", formula };
  const fraction = saving.div(output);
  return { status: "OK", fraction, percent: fraction.times(100), formula };
}

export function calculateEfisiensiTable({ rows }: { rows: readonly EfisiensiRowInput[] }): {
  rows: EfisiensiRowResult[];
  weighted: WeightedEfisiensiResult;
} {
  return { rows: rows.map(calculateEfisiensiRow), weighted: calculateWeightedEfisiensi({ rows }) };
}
