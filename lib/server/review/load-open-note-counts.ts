import "server-only";
import { hasPermission, type Principal } from "@/lib/auth/permissions";
import { db } from "../db";

/** Per OPD of the principal's region, the review notes of `year` not yet closed (region readers only). */
export async function loadOpenNoteCounts(
  principal: Principal,
  year: number,
): Promise<{ name: string; href: string; open: number }[]> {
  if (!hasPermission(principal, "region:read")) return [];
  const laporan = await db.laporanKinerja.findMany({
    where: { pemdaId: principal.pemdaId, year, reviewNotes: { some: { status: { not: "SELESAI" } } } },
    select: {
      opd: { select: { name: true, slug: true } },
      _count: { select: { reviewNotes: { where: { status: { not: "SELESAI" } } } } },
    },
    orderBy: { opd: { name: "asc" } },
  });
  return laporan.map(({ opd, _count }) => ({
    name: opd.name,
    href: `/opd/${opd.slug}/${year}/catatan`,
    open: _count.reviewNotes,
  }));
}
