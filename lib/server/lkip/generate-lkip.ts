import "server-only";
import { assembleLkip } from "@/lib/lkip/assemble-lkip";
import type { LkipDocument } from "@/lib/lkip/document-model";
import { runHeavy } from "../heavy/run-heavy";
import type { OpdYearRef } from "../opd-year/load-opd-year";
import { loadLkipInput, type LkipGeneration } from "./load-lkip-input";

/** The LKIP document of an OPD-year, as the screen shows it. */
export async function buildLkipDocument(ref: OpdYearRef, generation: LkipGeneration): Promise<LkipDocument> {
  return assembleLkip(await loadLkipInput(ref, generation));
}

/**
 * The PDF of an OPD-year's LKIP (the caller has authorised the OPD-year), rendered in a worker thread;
 * `signal`: the requester went away, stop rendering.
 */
export async function generateLkipPdf(
  ref: OpdYearRef,
  generation: LkipGeneration,
  { signal }: { signal?: AbortSignal } = {},
): Promise<{ bytes: Uint8Array; pageCount: number; document: LkipDocument }> {
  const document = await buildLkipDocument(ref, generation);
  return { ...(await runHeavy("lkip-pdf", document, { signal })), document };
}
