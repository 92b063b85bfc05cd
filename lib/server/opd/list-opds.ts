import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import type { LaporanStatus } from "@/lib/generated/prisma/enums";
import { db } from "../db";

type VisibleOpd = {
  id: string;
  slug: string;
  name: string;
  pemda: { name: string };
  laporan: { year: number; status: LaporanStatus }[];
};

/**
 * The OPDs the principal may see (their own, or every OPD of their region), with their LKIP years, in one
 * statement: the home page of every user runs it.
 */
export async function listVisibleOpds(principal: Principal): Promise<VisibleOpd[]> {
  const rows = await db.$queryRaw<(Omit<VisibleOpd, "pemda"> & { pemdaName: string })[]>`
    SELECT o.id, o.slug, o.name, p.name AS "pemdaName",
           COALESCE((SELECT json_agg(json_build_object('year', l.year, 'status', l.status) ORDER BY l.year DESC)
                       FROM "LaporanKinerja" l
                      WHERE l."pemdaId" = o."pemdaId" AND l."opdId" = o.id), '[]'::json) AS laporan
    FROM "PerangkatDaerah" o JOIN "Pemda" p ON p.id = o."pemdaId"
    WHERE o."pemdaId" = ${principal.pemdaId} AND (${principal.opdId}::text IS NULL OR o.id = ${principal.opdId})
    ORDER BY o.name`;
  return rows.map(({ pemdaName, ...opd }) => ({ ...opd, pemda: { name: pemdaName } }));
}
