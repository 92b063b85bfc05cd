import "server-only";
import type { Calculation, Aggregation } from "@/lib/calc/indicator-realisasi";
import type { Polarity } from "@/lib/calc/capaian";
import type { Period } from "@/lib/calc/period";
import type { IkuHistory } from "@/lib/views/opd-dashboard";
import { db } from "../db";
import type { OpdYearKey } from "../opd-year/opd-year-key";
import { toIndicatorRealisasi, toIndicatorTarget } from "./load-indicator-inputs";

type Row = {
  id: string;
  name: string;
  satuan: string;
  polarity: Polarity;
  calculation: Calculation;
  aggregation: Aggregation;
  startYear: number;
  endYear: number;
  targets: {
    year: number;
    target: string | null;
    targetUpper: string | null;
    targetPerubahan: string | null;
    targetUpperPerubahan: string | null;
  }[];
  realisasi: {
    year: number;
    period: Period;
    value: string | null;
    numerator: string | null;
    denominator: string | null;
  }[];
};

/**
 * The IKU of the OPD's Renstra period covering `year`, each with the targets and realisasi of every year
 * of its period: one statement (decimals travel as text).
 */
export async function loadIkuHistory({ pemdaId, opdId, year }: OpdYearKey): Promise<IkuHistory[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT i.id, i.name, i.satuan, i.polarity::text AS polarity,
           i.calculation::text AS calculation, i.aggregation::text AS aggregation,
           p."startYear", p."endYear",
           COALESCE((
             SELECT json_agg(json_build_object(
               'year', t.year, 'target', t.target::text, 'targetUpper', t."targetUpper"::text,
               'targetPerubahan', t."targetPerubahan"::text, 'targetUpperPerubahan', t."targetUpperPerubahan"::text))
             FROM "TargetIndikator" t WHERE t."pemdaId" = i."pemdaId" AND t."indikatorId" = i.id
           ), '[]') AS targets,
           COALESCE((
             SELECT json_agg(json_build_object(
               'year', r.year, 'period', r.period, 'value', r.value::text,
               'numerator', r.numerator::text, 'denominator', r.denominator::text))
             FROM "RealisasiIndikator" r WHERE r."pemdaId" = i."pemdaId" AND r."indikatorId" = i.id
           ), '[]') AS realisasi
    FROM "Indikator" i
    JOIN "Sasaran" s ON s."pemdaId" = i."pemdaId" AND s.id = i."sasaranId"
    JOIN "Tujuan" tu ON tu."pemdaId" = s."pemdaId" AND tu.id = s."tujuanId"
    JOIN "Periode" p ON p."pemdaId" = tu."pemdaId" AND p.id = tu."periodeId"
    WHERE i."pemdaId" = ${pemdaId} AND p."opdId" = ${opdId} AND i."isIku"
      AND p."startYear" <= ${year} AND p."endYear" >= ${year}
    ORDER BY tu.code, s.code, i.position`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    satuan: row.satuan,
    polarity: row.polarity,
    calculation: row.calculation,
    aggregation: row.aggregation,
    years: Array.from({ length: row.endYear - row.startYear + 1 }, (_, i) => row.startYear + i).map((y) => ({
      year: y,
      target: toIndicatorTarget(row.targets.find((t) => t.year === y)),
      realisasi: toIndicatorRealisasi(row.realisasi.filter((r) => r.year === y)),
    })),
  }));
}
