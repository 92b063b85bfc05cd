import "server-only";
import type Decimal from "decimal.js";
import { db } from "../db";
import { type DecimalLike, toDecimal } from "../decimal";

/**
 * The OPD's total pagu of every year from `fromYear` through `toYear` whose budget is loaded, summed from
 * the leaves in one statement with the rollup's rules: a sub kegiatan's rekening lines are its leaves when
 * it has any; effective pagu = pagu perubahan, else pagu awal. Years without a leaf are absent.
 */
export async function sumPaguPerYear(args: {
  pemdaId: string;
  opdId: string;
  fromYear: number;
  toYear: number;
}): Promise<Map<number, Decimal>> {
  const { pemdaId, opdId, fromYear, toYear } = args;
  const rows = await db.$queryRaw<{ year: number; pagu: DecimalLike }[]>`
    SELECT year, SUM(pagu) AS pagu FROM (
      SELECT s.year, COALESCE(s."paguPerubahan", s."paguAwal", 0) AS pagu
      FROM "SubKegiatan" s
      WHERE s."pemdaId" = ${pemdaId} AND s."opdId" = ${opdId} AND s.year BETWEEN ${fromYear} AND ${toYear}
        AND NOT EXISTS (
          SELECT 1 FROM "RekeningBelanja" r WHERE r."pemdaId" = s."pemdaId" AND r."subKegiatanId" = s.id
        )
      UNION ALL
      SELECT s.year, COALESCE(r."paguPerubahan", r."paguAwal", 0)
      FROM "RekeningBelanja" r
      JOIN "SubKegiatan" s ON s."pemdaId" = r."pemdaId" AND s.id = r."subKegiatanId"
      WHERE r."pemdaId" = ${pemdaId} AND s."opdId" = ${opdId} AND s.year BETWEEN ${fromYear} AND ${toYear}
    ) leaves
    GROUP BY year`;
  return new Map(rows.map((row) => [Number(row.year), toDecimal(row.pagu)]));
}
