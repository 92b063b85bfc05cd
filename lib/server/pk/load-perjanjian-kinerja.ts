import "server-only";
import {
  assemblePerjanjianKinerja,
  type PerjanjianKinerjaDocument,
} from "@/lib/pk/assemble-perjanjian-kinerja";
import type { OpdYearFigures } from "@/lib/views/opd-year-result";
import { db } from "../db";
import { loadTargetRevisions } from "../revisions/load-target-revisions";
import { getOpdYearEvaluation, type OpdYearRef } from "../opd-year/load-opd-year";

/**
 * The OPD-year's Perjanjian Kinerja for everyone who may see the OPD-year (the context has checked
 * scope); null when the year has no Perjanjian Kinerja record yet. The page and the LKIP's Lampiran I
 * both render this one document.
 */
export async function loadPerjanjianKinerja(
  context: OpdYearRef,
  evaluation: Promise<OpdYearFigures> = getOpdYearEvaluation(context, 4),
): Promise<PerjanjianKinerjaDocument | null> {
  const { opd, year } = context;
  const [stored, pemda] = await Promise.all([
    db.perjanjianKinerja.findFirst({ where: { pemdaId: opd.pemdaId, opdId: opd.id, year } }),
    db.pemda.findUniqueOrThrow({ where: { id: opd.pemdaId }, select: { headName: true, headTitle: true } }),
  ]);
  if (!stored) return null;
  // A PK that names no Pihak Kedua of its own is signed with the kepala daerah the region records.
  const record =
    stored.counterpartName === null && pemda.headName !== null
      ? {
          ...stored,
          counterpartName: pemda.headName,
          counterpartTitle: pemda.headTitle ?? stored.counterpartTitle,
        }
      : stored;
  const [{ indicators, rollup }, revisions] = await Promise.all([
    evaluation,
    loadTargetRevisions(context, "PK"),
  ]);
  const reasons = await db.targetIndikator.findMany({
    where: {
      pemdaId: opd.pemdaId,
      year,
      indikatorId: { in: indicators.map((i) => i.id) },
      perubahanReason: { not: null },
    },
    select: { indikatorId: true, perubahanReason: true },
  });
  return assemblePerjanjianKinerja({
    year,
    opdName: opd.name,
    pemdaName: opd.pemdaName,
    record,
    indicators,
    rollup,
    perubahanReasons: new Map(reasons.map((r) => [r.indikatorId, r.perubahanReason!])),
    revisions: {
      documents: revisions.documents,
      byIndicator: new Map(revisions.indicators.map((i) => [i.indikatorId, i.revisions])),
    },
  });
}
