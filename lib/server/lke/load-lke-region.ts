import "server-only";
import { hasPermission, type Principal } from "@/lib/auth/permissions";
import { yearSchema } from "@/lib/inputs/year";
import { scoreLke, type LkeResult } from "@/lib/lke/score";
import { db } from "../db";
import { loadLkeMarks, loadLkeReference } from "./load-lke";

export type LkeRegionRow = { slug: string; name: string; result: LkeResult };

/**
 * The region's LKE recap of a year for the inspectorate and the administrator (null for everyone else):
 * each OPD with an LKIP that year, its evaluator total and predikat (and its self-assessment), highest
 * total first.
 */
export async function loadLkeRegion(
  principal: Principal,
  tahun: string,
): Promise<{ year: number; pemdaName: string; rows: LkeRegionRow[] } | null> {
  const parsed = yearSchema.safeParse(tahun);
  if (!hasPermission(principal, "region:read") || !parsed.success) return null;
  const year = parsed.data;
  const { pemdaId } = principal;
  const [pemda, opds, reference] = await Promise.all([
    db.pemda.findUniqueOrThrow({ where: { id: pemdaId }, select: { name: true } }),
    db.perangkatDaerah.findMany({
      where: { pemdaId, laporan: { some: { year } } },
      select: { id: true, slug: true, name: true },
    }),
    loadLkeReference(pemdaId),
  ]);
  const marks = await loadLkeMarks(
    pemdaId,
    year,
    opds.map((opd) => opd.id),
  );
  const active = reference.criteria.filter((c) => c.active);
  const rows = opds.map((opd) => ({
    slug: opd.slug,
    name: opd.name,
    result: scoreLke(reference.komponen, active, marks.get(opd.id) ?? new Map()),
  }));
  rows.sort(
    (a, b) =>
      b.result.total.comparedTo(a.result.total) ||
      b.result.selfTotal.comparedTo(a.result.selfTotal) ||
      a.name.localeCompare(b.name, "id"),
  );
  return { year, pemdaName: pemda.name, rows };
}
