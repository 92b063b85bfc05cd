import "server-only";
import type { OpdYearRef } from "../opd-year/load-opd-year";
import type { LkipDocument } from "@/lib/lkip/document-model";
import { buildLkipDocument, generateLkipPdf } from "./generate-lkip";
import { getOrRenderDraft } from "./lkip-drafts";
import {
  getLatestLkipRevision,
  getLkipRevisionPdf,
  listLkipRevisions,
  verificationUrl,
} from "./lkip-revisions";

export type LkipPdf = {
  bytes: Uint8Array;
  filename: `${string}.pdf`;
  /** time to read or generate it */ milliseconds: number;
};

/**
 * The LKIP PDF of an OPD-year the caller has authorised: a FINAL report (or a requested revision) is
 * the stored bytes of its revision, never regenerated; anything else is the draft (DRAF mark) of the current
 * data version, rendered once and stored (`getOrRenderDraft`). A stored draft prints the time of its render
 * and the user whose download rendered it.
 * Shared by the download route and `npm run lkip`.
 */
export async function getLkipPdf(
  ref: OpdYearRef & { laporan: { status: string } },
  { revision, generatedBy, signal }: { revision?: number; generatedBy: string | null; signal?: AbortSignal },
): Promise<LkipPdf | null> {
  const started = performance.now();
  const milliseconds = () => Math.round(performance.now() - started);
  const base = `LKIP-${ref.opd.slug}-${ref.year}`;
  const wanted =
    revision ?? (ref.laporan.status === "FINAL" ? (await listLkipRevisions(ref))[0]?.revision : undefined);
  if (wanted !== undefined) {
    const bytes = await getLkipRevisionPdf(ref, wanted);
    return bytes && { bytes, filename: `${base}-final-r${wanted}.pdf`, milliseconds: milliseconds() };
  }
  const { bytes } = await getOrRenderDraft(
    ref,
    "PDF",
    async () => {
      const { bytes } = await generateLkipPdf(ref, draftGeneration(generatedBy), { signal });
      return bytes;
    },
    { signal },
  );
  return { bytes, filename: `${base}-draf.pdf`, milliseconds: milliseconds() };
}

/** How a draft is generated: marked DRAF, no code, stamped with the time and the user. */
export const draftGeneration = (generatedBy: string | null) => ({
  status: "DRAF" as const,
  finalNote: null,
  verification: {
    code: null,
    url: verificationUrl(null),
    revision: null,
    generatedAt: new Date(),
    generatedBy,
  },
});

/**
 * The document as the screen shows it: the draft of the current data, or for a FINAL report the document
 * its latest revision's PDF was rendered from, as it was signed whatever changed since. A revision frozen
 * before documents were kept is built from the data (locked since) with that revision's code.
 */
export async function getLkipScreenDocument(
  ref: OpdYearRef & { laporan: { status: string } },
  { generatedBy, finalNote }: { generatedBy: string | null; finalNote: string | null },
): Promise<LkipDocument> {
  const latest = ref.laporan.status === "FINAL" ? await getLatestLkipRevision(ref) : null;
  if (!latest) return buildLkipDocument(ref, draftGeneration(generatedBy));
  if (latest.document) return latest.document;
  return buildLkipDocument(ref, {
    status: "FINAL",
    finalNote,
    verification: {
      code: latest.code,
      url: verificationUrl(latest.code),
      revision: latest.revision,
      generatedAt: latest.createdAt,
      generatedBy: latest.createdBy,
    },
  });
}
