import "server-only";
import Decimal from "decimal.js";
import { knownAmount, QUARTERS, type Amount, type Quarter, unknownAmount } from "@/lib/calc/period";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { type DecimalLike, toDecimal } from "../decimal";

/** Budget figures of a group of leaves (one bidang of an OPD, one OPD, or the whole region). */
export type LeafSums = {
  leaves: number;
  pagu: Decimal;
  /** Cumulative realisasi through each triwulan, with the engine's rules for annual and conflicting entries. */
  realisasi: Record<Quarter, Amount>;
  /** Leaves without an entry for the triwulan (and no annual total). */
  missing: Record<Quarter, number>;
  /** The latest triwulan any leaf has an entry for (an annual total counts as TW IV); null: none. */
  latestQuarter: Quarter | null;
};

export type RegionBudgetSums = {
  region: LeafSums;
  byOpd: Map<string, LeafSums>;
  /** Per OPD, per bidang (null: items owned by no bidang). */
  byBidang: { opdId: string; bidangId: string | null; sums: LeafSums }[];
};

type Row = {
  level: number;
  opdId: string | null;
  bidangId: string | null;
  leaves: number;
  pagu: DecimalLike | null;
  conflicts: number;
  annual_only: number;
  annual_amount: DecimalLike | null;
  tw1: DecimalLike | null;
  tw2: DecimalLike | null;
  tw3: DecimalLike | null;
  tw4: DecimalLike | null;
  missing1: number;
  missing2: number;
  missing3: number;
  missing4: number;
  filled1: number;
  filled2: number;
  filled3: number;
  filled4: number;
};

const zero = (value: DecimalLike | null) => toDecimal(value) ?? new Decimal(0);

function toSums(row: Row): LeafSums {
  const inQuarter = [row.tw1, row.tw2, row.tw3, row.tw4].map(zero);
  const realisasi = {} as Record<Quarter, Amount>;
  let running = new Decimal(0);
  for (const quarter of QUARTERS) {
    running = running.plus(inQuarter[quarter - 1]!);
    // As sumAmounts: a conflict anywhere outranks "annual only"; the annual total counts through TW IV only.
    realisasi[quarter] =
      row.conflicts > 0
        ? unknownAmount("DATA_GANDA")
        : quarter < 4 && row.annual_only > 0
          ? unknownAmount("HANYA_TAHUNAN")
          : knownAmount(quarter === 4 ? running.plus(zero(row.annual_amount)) : running);
  }
  const filled = [row.filled1, row.filled2, row.filled3, row.filled4];
  const latest = [...QUARTERS].reverse().find((q) => filled[q - 1]! > 0);
  return {
    leaves: row.leaves,
    pagu: zero(row.pagu),
    realisasi,
    missing: { 1: row.missing1, 2: row.missing2, 3: row.missing3, 4: row.missing4 },
    latestQuarter: row.annual_only + row.conflicts > 0 ? 4 : (latest ?? null),
  };
}

const emptyRow: Row = {
  level: 3,
  opdId: null,
  bidangId: null,
  leaves: 0,
  pagu: null,
  conflicts: 0,
  annual_only: 0,
  annual_amount: null,
  tw1: null,
  tw2: null,
  tw3: null,
  tw4: null,
  missing1: 0,
  missing2: 0,
  missing3: 0,
  missing4: 0,
  filled1: 0,
  filled2: 0,
  filled3: 0,
  filled4: 0,
};

/** An OPD without any budget leaf in the year. */
export const noLeaves: LeafSums = toSums(emptyRow);

// Only the OPD-years that exist (have their LKIP record), as on every other screen.
const withLaporan = Prisma.sql`EXISTS (
  SELECT 1 FROM "LaporanKinerja" l WHERE l."pemdaId" = s."pemdaId" AND l."opdId" = s."opdId" AND l.year = s.year
)`;

/**
 * Pagu, realisasi per triwulan and missing entries of every budget leaf of a Pemda's year (sub kegiatan
 * without rekening lines, and rekening lines), summed in one SQL statement per bidang, per OPD and for the
 * region (GROUPING SETS): no leaf is loaded into the app. The same rules as the engine's rollup: effective
 * pagu = pagu perubahan, else pagu awal; a leaf recorded both per triwulan and as an annual total is
 * unknown; an annual total is known only through TW IV.
 */
export async function sumRegionBudget({
  pemdaId,
  year,
}: {
  pemdaId: string;
  year: number;
}): Promise<RegionBudgetSums> {
  const rows = await db.$queryRaw<Row[]>`
    WITH entries AS (
      SELECT s."opdId", s."bidangId", s.id AS leaf, COALESCE(s."paguPerubahan", s."paguAwal", 0) AS pagu,
             ra.period, ra.amount
      FROM "SubKegiatan" s
      LEFT JOIN "RealisasiAnggaran" ra ON ra."pemdaId" = s."pemdaId" AND ra."subKegiatanId" = s.id
      WHERE s."pemdaId" = ${pemdaId} AND s.year = ${year} AND ${withLaporan}
        AND NOT EXISTS (
          SELECT 1 FROM "RekeningBelanja" r WHERE r."pemdaId" = s."pemdaId" AND r."subKegiatanId" = s.id
        )
      UNION ALL
      SELECT s."opdId", s."bidangId", r.id, COALESCE(r."paguPerubahan", r."paguAwal"), ra.period, ra.amount
      FROM "RekeningBelanja" r
      JOIN "SubKegiatan" s ON s."pemdaId" = r."pemdaId" AND s.id = r."subKegiatanId"
      LEFT JOIN "RealisasiAnggaran" ra ON ra."pemdaId" = r."pemdaId" AND ra."rekeningBelanjaId" = r.id
      WHERE r."pemdaId" = ${pemdaId} AND s.year = ${year} AND ${withLaporan}
    ),
    leaves AS (
      SELECT "opdId", "bidangId", leaf, MAX(pagu) AS pagu,
             COALESCE(bool_or(period = 'TAHUNAN'), false) AS annual,
             COALESCE(bool_or(period <> 'TAHUNAN'), false) AS quarterly,
             SUM(amount) FILTER (WHERE period = 'TAHUNAN') AS annual_amount,
             SUM(amount) FILTER (WHERE period = 'TW1') AS tw1,
             SUM(amount) FILTER (WHERE period = 'TW2') AS tw2,
             SUM(amount) FILTER (WHERE period = 'TW3') AS tw3,
             SUM(amount) FILTER (WHERE period = 'TW4') AS tw4,
             COALESCE(bool_or(period = 'TW1'), false) AS has1,
             COALESCE(bool_or(period = 'TW2'), false) AS has2,
             COALESCE(bool_or(period = 'TW3'), false) AS has3,
             COALESCE(bool_or(period = 'TW4'), false) AS has4
      FROM entries
      GROUP BY "opdId", "bidangId", leaf
    )
    SELECT GROUPING("opdId", "bidangId")::int AS level, "opdId", "bidangId",
           COUNT(*)::int AS leaves,
           SUM(pagu) AS pagu,
           COUNT(*) FILTER (WHERE annual AND quarterly)::int AS conflicts,
           COUNT(*) FILTER (WHERE annual AND NOT quarterly)::int AS annual_only,
           SUM(annual_amount) FILTER (WHERE annual AND NOT quarterly) AS annual_amount,
           SUM(tw1) FILTER (WHERE NOT annual) AS tw1,
           SUM(tw2) FILTER (WHERE NOT annual) AS tw2,
           SUM(tw3) FILTER (WHERE NOT annual) AS tw3,
           SUM(tw4) FILTER (WHERE NOT annual) AS tw4,
           COUNT(*) FILTER (WHERE NOT annual AND NOT has1)::int AS missing1,
           COUNT(*) FILTER (WHERE NOT annual AND NOT has2)::int AS missing2,
           COUNT(*) FILTER (WHERE NOT annual AND NOT has3)::int AS missing3,
           COUNT(*) FILTER (WHERE NOT annual AND NOT has4)::int AS missing4,
           COUNT(*) FILTER (WHERE has1)::int AS filled1,
           COUNT(*) FILTER (WHERE has2)::int AS filled2,
           COUNT(*) FILTER (WHERE has3)::int AS filled3,
           COUNT(*) FILTER (WHERE has4)::int AS filled4
    FROM leaves
    GROUP BY GROUPING SETS (("opdId", "bidangId"), ("opdId"), ())`;

  return {
    region: toSums(rows.find((row) => row.level === 3) ?? emptyRow),
    byOpd: new Map(rows.filter((row) => row.level === 1).map((row) => [row.opdId!, toSums(row)])),
    byBidang: rows
      .filter((row) => row.level === 0)
      .map((row) => ({ opdId: row.opdId!, bidangId: row.bidangId, sums: toSums(row) })),
  };
}
