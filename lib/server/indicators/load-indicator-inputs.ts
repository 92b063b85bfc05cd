import "server-only";
import type { IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import type { IndicatorTarget } from "@/lib/calc/capaian";
import type { IndicatorRealisasiEntry } from "@/lib/calc/indicator-realisasi";
import { type DecimalLike, toDecimal } from "../decimal";
import type { OpdYearScope } from "../budget/load-budget-tree";

/** Code and name of the OPD-year's programs, kegiatan and sub kegiatan by id (taken from the budget tree). */
export type BudgetOwners = ReadonlyMap<string, { code: string; name: string }>;

type TargetRow = {
  target: DecimalLike | null;
  targetUpper: DecimalLike | null;
  targetPerubahan: DecimalLike | null;
  targetUpperPerubahan: DecimalLike | null;
};
type RealisasiRow = {
  period: IndicatorRealisasiEntry["period"];
  value: DecimalLike | null;
  numerator: DecimalLike | null;
  denominator: DecimalLike | null;
};

/** A stored target row (or none) as the engine's IndicatorTarget. */
export function toIndicatorTarget(target: TargetRow | undefined): IndicatorTarget {
  return {
    value: target ? toDecimal(target.target) : null,
    upper: target ? toDecimal(target.targetUpper) : null,
    perubahan: target ? toDecimal(target.targetPerubahan) : null,
    upperPerubahan: target ? toDecimal(target.targetUpperPerubahan) : null,
  };
}

/** Stored realisasi rows as the engine's entries. */
export function toIndicatorRealisasi(rows: readonly RealisasiRow[]): IndicatorRealisasiEntry[] {
  return rows.map((r) => ({
    period: r.period,
    value: toDecimal(r.value),
    numerator: toDecimal(r.numerator),
    denominator: toDecimal(r.denominator),
  }));
}

const sasaranOwnerSelect = { select: { code: true, text: true } } as const;

/**
 * Every indicator of an OPD-year (IKU of the Renstra period covering the year, and the indicators of
 * that year's programs, kegiatan and sub kegiatan) with the year's target and realisasi.
 */
export async function loadIndicatorInputs(
  { pemdaId, opdId, year }: OpdYearScope,
  budgetOwners: Promise<BudgetOwners>,
): Promise<IndicatorCheckInput[]> {
  const ofYear: Prisma.IndikatorWhereInput[] = [
    { sasaran: { tujuan: { periode: { opdId, startYear: { lte: year }, endYear: { gte: year } } } } },
    { tujuan: { periode: { opdId, startYear: { lte: year }, endYear: { gte: year } } } },
    { program: { opdId, year } },
    { kegiatan: { opdId, year } },
    { subKegiatan: { opdId, year } },
  ];
  const query = db.indikator.findMany({
    where: { pemdaId, OR: ofYear },
    orderBy: [{ level: "asc" }, { position: "asc" }],
    include: {
      targets: { where: { year } },
      realisasi: { where: { year } },
      tujuan: sasaranOwnerSelect,
      sasaran: sasaranOwnerSelect,
    },
  });
  const [rows, owners] = await Promise.all([query, budgetOwners]);
  return rows.map((row) => {
    const target = row.targets[0];
    const renstraOwner = row.sasaran ?? row.tujuan;
    const ownerId = row.programId ?? row.kegiatanId ?? row.subKegiatanId;
    const owner = ownerId === null ? undefined : owners.get(ownerId);
    return {
      id: row.id,
      level: row.level,
      code: owner?.code ?? renstraOwner?.code ?? "",
      ownerName: owner?.name ?? renstraOwner?.text ?? "",
      name: row.name,
      satuan: row.satuan,
      polarity: row.polarity,
      calculation: row.calculation,
      aggregation: row.aggregation,
      target: toIndicatorTarget(target),
      realisasi: toIndicatorRealisasi(row.realisasi),
    };
  });
}
