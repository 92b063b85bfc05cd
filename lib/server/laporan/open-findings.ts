import "server-only";
import type { Finding } from "@/lib/calc/finding";
import type { DecimalLike } from "../decimal";
import { db } from "../db";
import { loadOpdYear } from "../opd-year/load-opd-year";
import { evaluateOpdYear } from "@/lib/calc/checks";

/** The integrity findings of an LKIP's OPD-year over the whole year, computed anew from the stored leaves. */
export async function findOpenFindings(laporan: {
  id: string;
  pemdaId: string;
  opdId: string;
  year: number;
  reportedPagu: DecimalLike | null;
  reportedRealisasi: DecimalLike | null;
}): Promise<Finding[]> {
  const opd = await db.perangkatDaerah.findFirstOrThrow({
    where: { id: laporan.opdId, pemdaId: laporan.pemdaId },
    include: { pemda: { select: { name: true } } },
  });
  const data = await loadOpdYear({
    opd: { id: opd.id, pemdaId: opd.pemdaId, slug: opd.slug, name: opd.name, pemdaName: opd.pemda.name },
    year: laporan.year,
    laporan,
  });
  return evaluateOpdYear({ ...data, throughQuarter: 4 }).findings;
}
