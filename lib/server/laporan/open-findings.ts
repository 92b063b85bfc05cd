import "server-only";
import type { Finding } from "@/lib/calc/finding";
import type { DecimalLike } from "../decimal";
import { db } from "../db";
import { readOpdYearResult } from "../opd-year/opd-year-result";

/**
 * The integrity findings of an LKIP's OPD-year over the whole year: the stored result of the data version
 * committed now (computed from the stored leaves if it is missing or stale, never what a browser sent).
 * Safe inside the caller's transaction as long as it has written nothing yet: it reads and computes
 * through other connections, which see only committed rows.
 */
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
  const ref = {
    opd: { id: opd.id, pemdaId: opd.pemdaId, slug: opd.slug, name: opd.name, pemdaName: opd.pemda.name },
    year: laporan.year,
    laporan,
  };
  return (await readOpdYearResult(ref, 4, "figures")).findings;
}
