import "server-only";
import type { BudgetLevel, BudgetNodeInput } from "@/lib/calc/budget";
import type { Period } from "@/lib/calc/period";
import { db } from "../db";
import { type DecimalLike, toDecimal } from "../decimal";
import type { OpdYearKey } from "../opd-year/opd-year-key";

type ReportedFigures = { reportedPagu: DecimalLike | null; reportedRealisasi: DecimalLike | null };

/** One node of the tree as the statement returns it; decimals travel as text. */
type NodeRow = {
  level: Exclude<BudgetLevel, "PEMDA" | "OPD">;
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  bidangId: string | null;
  paguAwal: string | null;
  paguPerubahan: string | null;
  reportedPagu: string | null;
  reportedRealisasi: string | null;
  realisasi: { period: Period; amount: string }[];
};

/**
 * The OPD-year's budget as a tree for the calculation engine: pagu and realisasi on the leaves (sub
 * kegiatan, or their rekening lines), the figures printed by a source document as `reported`. One
 * statement for the whole tree (every level ordered by kode), instead of one per level.
 */
export async function loadBudgetTree({
  pemdaId,
  opdId,
  year,
  opdName,
  laporan,
}: OpdYearKey & { opdName: string; laporan: { id: string } & ReportedFigures }): Promise<BudgetNodeInput> {
  const rows = await db.$queryRaw<NodeRow[]>`
    SELECT 'PROGRAM' AS level, p.id, NULL AS "parentId", p.code, p.name, p."bidangId",
           NULL AS "paguAwal", NULL AS "paguPerubahan",
           p."reportedPagu"::text AS "reportedPagu", p."reportedRealisasi"::text AS "reportedRealisasi",
           '[]'::json AS realisasi
    FROM "public"."Program" p
    WHERE p."pemdaId" = ${pemdaId} AND p."opdId" = ${opdId} AND p.year = ${year}
    UNION ALL
    SELECT 'KEGIATAN', k.id, k."programId", k.code, k.name, k."bidangId", NULL, NULL,
           k."reportedPagu"::text, k."reportedRealisasi"::text, '[]'::json
    FROM "public"."Kegiatan" k
    WHERE k."pemdaId" = ${pemdaId} AND k."opdId" = ${opdId} AND k.year = ${year}
    UNION ALL
    SELECT 'SUB_KEGIATAN', s.id, s."kegiatanId", s.code, s.name, s."bidangId",
           s."paguAwal"::text, s."paguPerubahan"::text, s."reportedPagu"::text, s."reportedRealisasi"::text,
           COALESCE((
             SELECT json_agg(json_build_object('period', r.period, 'amount', r.amount::text))
             FROM "public"."RealisasiAnggaran" r WHERE r."pemdaId" = s."pemdaId" AND r."subKegiatanId" = s.id
           ), '[]')
    FROM "public"."SubKegiatan" s
    WHERE s."pemdaId" = ${pemdaId} AND s."opdId" = ${opdId} AND s.year = ${year}
    UNION ALL
    SELECT 'REKENING', b.id, b."subKegiatanId", b.code, b.name, NULL,
           b."paguAwal"::text, b."paguPerubahan"::text, NULL, NULL,
           COALESCE((
             SELECT json_agg(json_build_object('period', r.period, 'amount', r.amount::text))
             FROM "public"."RealisasiAnggaran" r WHERE r."pemdaId" = b."pemdaId" AND r."rekeningBelanjaId" = b.id
           ), '[]')
    FROM "public"."RekeningBelanja" b
    JOIN "public"."SubKegiatan" bs ON bs."pemdaId" = b."pemdaId" AND bs.id = b."subKegiatanId"
    WHERE b."pemdaId" = ${pemdaId} AND bs."opdId" = ${opdId} AND bs.year = ${year}
    ORDER BY code`;

  const reported = (row: ReportedFigures) => ({
    pagu: toDecimal(row.reportedPagu),
    realisasi: toDecimal(row.reportedRealisasi),
  });
  const nodes = new Map<string, BudgetNodeInput & { children: BudgetNodeInput[] }>();
  for (const row of rows) {
    const leafish = row.level === "SUB_KEGIATAN" || row.level === "REKENING";
    nodes.set(row.id, {
      id: row.id,
      level: row.level,
      code: row.code,
      name: row.name,
      ...(row.level !== "REKENING" && { bidangId: row.bidangId, reported: reported(row) }),
      ...(leafish && {
        paguAwal: toDecimal(row.paguAwal),
        paguPerubahan: toDecimal(row.paguPerubahan),
        realisasi: row.realisasi.map((r) => ({ period: r.period, amount: toDecimal(r.amount) })),
      }),
      children: [],
    });
  }
  const root = {
    id: laporan.id,
    level: "OPD" as const,
    code: "",
    name: opdName,
    reported: reported(laporan),
    children: [] as BudgetNodeInput[],
  };
  // Rows come ordered by kode, so every parent's children keep that order.
  for (const row of rows) {
    const parent = row.parentId === null ? root : nodes.get(row.parentId);
    parent?.children.push(nodes.get(row.id)!);
  }
  return root;
}
