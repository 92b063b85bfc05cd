import type Decimal from "decimal.js";
import { formatPercent } from "@/lib/format";
import { unknownReasonLabel, type Amount, type UnknownReason } from "./period";

export type SerapanResult =
  | { status: "OK"; value: Decimal }
  | { status: "PAGU_NOL" }
  | { status: "REALISASI_TIDAK_DIKETAHUI"; reason: UnknownReason };

export const serapanStatusLabel: Record<SerapanResult["status"], string> = {
  OK: "Serapan terhitung",
  PAGU_NOL: "Pagu bernilai nol, serapan tidak dapat dihitung",
  REALISASI_TIDAK_DIKETAHUI: "Realisasi tidak diketahui",
};

/** Serapan (penyerapan anggaran) = realisasi / pagu × 100. */
export function calculateSerapan({ pagu, realisasi }: { pagu: Decimal; realisasi: Amount }): SerapanResult {
  if (realisasi.status === "UNKNOWN")
    return { status: "REALISASI_TIDAK_DIKETAHUI", reason: realisasi.reason };
  if (pagu.isZero()) return { status: "PAGU_NOL" };
  return { status: "OK", value: realisasi.value.times(100).div(pagu) };
}

export function describeSerapan(result: SerapanResult): string {
  if (result.status === "OK") return formatPercent(result.value);
  if (result.status === "REALISASI_TIDAK_DIKETAHUI") return unknownReasonLabel[result.reason];
  return serapanStatusLabel[result.status];
}
