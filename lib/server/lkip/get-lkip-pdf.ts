import "server-only";
import type { OpdYearRef } from "../opd-year/load-opd-year";
import { generateLkipPdf } from "./generate-lkip";
import { getLkipRevisionPdf, listLkipRevisions, verificationUrl } from "./lkip-revisions";

export type LkipPdf = { bytes: Uint8Array; filename: string };

/**
 * The LKIP PDF of an OPD-year the caller has authorised: a FINAL report (or a requested revision) is
 * the stored bytes of its revision, never regenerated; anything else is a fresh draft with the DRAF mark.
 * Shared by the download route and `npm run lkip`.
 */
export async function getLkipPdf(
  ref: OpdYearRef & { laporan: { status: string } },
  { revision, generatedBy }: { revision?: number; generatedBy: string | null },
): Promise<LkipPdf | null> {
  const base = `LKIP-${ref.opd.slug}-${ref.year}`;
  const wanted =
    revision ?? (ref.laporan.status === "FINAL" ? (await listLkipRevisions(ref))[0]?.revision : undefined);
  if (wanted !== undefined) {
    const bytes = await getLkipRevisionPdf(ref, wanted);
    return bytes && { bytes, filename: `${base}-final-r${wanted}.pdf` };
  }
  const { bytes } = await generateLkipPdf(ref, {
    status: "DRAF",
    finalNote: null,
    verification: { code: null, url: verificationUrl(null), revision: null, generatedAt: new Date(), generatedBy },
  });
  return { bytes, filename: `${base}-draf.pdf` };
}
