import type Decimal from "decimal.js";
import { daysLate, entryDeadline } from "@/lib/calc/deadline";
import type { FindingCounts } from "@/lib/calc/finding-groups";
import { type Amount, QUARTERS, type Quarter, unknownReasonLabel } from "@/lib/calc/period";
import { calculateSerapan } from "@/lib/calc/serapan";
import { formatDateLong, formatRupiah } from "@/lib/format";
import { quarterLabel } from "@/lib/vocabulary";
import { type CapaianFigure, type Figure, serapanFigure } from "./opd-dashboard";

/** What a region row is built from: an OPD's (or the region's) pagu and realisasi through the triwulan. */
export type BudgetSums = { pagu: Decimal; realisasi: Amount };

export type RegionOpdRow = {
  id: string;
  name: string;
  href: string;
  status: string;
  iku: { name: string; capaian: CapaianFigure }[];
  pagu: string;
  realisasi: string;
  serapan: Figure;
  /** The year's check (through TW IV) as every surface counts it: groups per rule and triwulan. */
  findings: FindingCounts;
  counts: { programs: number; kegiatan: number; subKegiatan: number };
};

export type LateEntry = {
  opd: string;
  bidang: string;
  quarter: string;
  deadline: string;
  daysLate: number;
  /** Budget leaves of the bidang without an entry for the triwulan, of `leaves`. */
  missing: number;
  leaves: number;
};

const amountText = (amount: Amount) =>
  amount.status === "KNOWN" ? formatRupiah(amount.value) : unknownReasonLabel[amount.reason];

/** Pagu, realisasi and serapan, computed from the summed figures as the engine does. */
export function budgetFigures({ pagu, realisasi }: BudgetSums) {
  return {
    pagu: formatRupiah(pagu),
    realisasi: amountText(realisasi),
    serapan: serapanFigure({ serapan: calculateSerapan({ pagu, realisasi }) }),
  };
}

/**
 * Which OPD and bidang have not filled which triwulan past its deadline (quarter end + `days`) at `now`:
 * the longest overdue first, then the most missing entries.
 */
export function rankLateEntries({
  year,
  days,
  now,
  groups,
}: {
  year: number;
  days: number;
  now: Date;
  groups: { opd: string; bidang: string; leaves: number; missing: Record<Quarter, number> }[];
}): LateEntry[] {
  return QUARTERS.flatMap((quarter) => {
    const deadline = entryDeadline({ year, quarter, days });
    const late = daysLate({ deadline, now });
    if (late === 0) return [];
    return groups
      .filter((group) => group.missing[quarter] > 0)
      .map((group) => ({
        opd: group.opd,
        bidang: group.bidang,
        quarter: quarterLabel(quarter),
        deadline: formatDateLong(deadline),
        daysLate: late,
        missing: group.missing[quarter],
        leaves: group.leaves,
      }));
  }).sort(
    (a, b) =>
      b.daysLate - a.daysLate ||
      b.missing - a.missing ||
      a.opd.localeCompare(b.opd) ||
      a.bidang.localeCompare(b.bidang),
  );
}
