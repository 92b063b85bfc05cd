import "server-only";
import type { IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import { db } from "../db";
import type { IndicatorTarget } from "@/lib/calc/capaian";
import type { IndicatorRealisasiEntry } from "@/lib/calc/indicator-realisasi";
import { type DecimalLike, toDecimal } from "../decimal";
import type { OpdYearKey } from "../opd-year/opd-year-key";

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

type IndicatorRow = Pick<
  IndicatorCheckInput,
  "id" | "level" | "name" | "satuan" | "polarity" | "calculation" | "aggregation"
> & {
  ownerId: string | null;
  renstraCode: string | null;
  renstraText: string | null;
  target: TargetRow | null;
  realisasi: RealisasiRow[];
};

/**
 * Every indicator of an OPD-year (IKU of the Renstra period covering the year, and the indicators of
 * that year's programs, kegiatan and sub kegiatan) with the year's target and realisasi: one statement
 * (decimals travel as text).
 */
export async function loadIndicatorInputs(
  { pemdaId, opdId, year }: OpdYearKey,
  budgetOwners: Promise<BudgetOwners>,
): Promise<IndicatorCheckInput[]> {
  const query = db.$queryRaw<IndicatorRow[]>`
    SELECT i.id, i.level::text AS level, i.name, i.satuan, i.polarity::text AS polarity,
           i.calculation::text AS calculation, i.aggregation::text AS aggregation,
           COALESCE(i."programId", i."kegiatanId", i."subKegiatanId") AS "ownerId",
           COALESCE(sa.code, tu.code) AS "renstraCode", COALESCE(sa.text, tu.text) AS "renstraText",
           (SELECT json_build_object(
              'target', t.target::text, 'targetUpper', t."targetUpper"::text,
              'targetPerubahan', t."targetPerubahan"::text, 'targetUpperPerubahan', t."targetUpperPerubahan"::text)
            FROM "TargetIndikator" t
            WHERE t."pemdaId" = i."pemdaId" AND t."indikatorId" = i.id AND t.year = ${year}) AS target,
           COALESCE((
             SELECT json_agg(json_build_object(
               'period', r.period, 'value', r.value::text,
               'numerator', r.numerator::text, 'denominator', r.denominator::text))
             FROM "RealisasiIndikator" r
             WHERE r."pemdaId" = i."pemdaId" AND r."indikatorId" = i.id AND r.year = ${year}
           ), '[]') AS realisasi
    FROM "Indikator" i
    LEFT JOIN "Sasaran" sa ON sa."pemdaId" = i."pemdaId" AND sa.id = i."sasaranId"
    LEFT JOIN "Tujuan" tu ON tu."pemdaId" = i."pemdaId" AND tu.id = COALESCE(sa."tujuanId", i."tujuanId")
    LEFT JOIN "Periode" pe ON pe."pemdaId" = i."pemdaId" AND pe.id = tu."periodeId"
    LEFT JOIN "Program" pr ON pr."pemdaId" = i."pemdaId" AND pr.id = i."programId"
    LEFT JOIN "Kegiatan" kg ON kg."pemdaId" = i."pemdaId" AND kg.id = i."kegiatanId"
    LEFT JOIN "SubKegiatan" sk ON sk."pemdaId" = i."pemdaId" AND sk.id = i."subKegiatanId"
    WHERE i."pemdaId" = ${pemdaId} AND (
      (pe."opdId" = ${opdId} AND pe."startYear" <= ${year} AND pe."endYear" >= ${year})
      OR (pr."opdId" = ${opdId} AND pr.year = ${year})
      OR (kg."opdId" = ${opdId} AND kg.year = ${year})
      OR (sk."opdId" = ${opdId} AND sk.year = ${year})
    )
    ORDER BY i.level, i.position`;
  const [rows, owners] = await Promise.all([query, budgetOwners]);
  return rows.map((row) => {
    const owner = row.ownerId === null ? undefined : owners.get(row.ownerId);
    return {
      id: row.id,
      level: row.level,
      code: owner?.code ?? row.renstraCode ?? "",
      ownerName: owner?.name ?? row.renstraText ?? "",
      name: row.name,
      satuan: row.satuan,
      polarity: row.polarity,
      calculation: row.calculation,
      aggregation: row.aggregation,
      target: toIndicatorTarget(row.target ?? undefined),
      realisasi: toIndicatorRealisasi(row.realisasi),
    };
  });
}
