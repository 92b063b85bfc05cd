import "server-only";
import { assembleLkip } from "@/lib/lkip/assemble-lkip";
import type { LkipDocument } from "@/lib/lkip/document-model";
import { renderLkipPdf } from "@/lib/pdf/lkip/render";
import type { OpdYearRef } from "../opd-year/load-opd-year";
import { loadLkipInput, type LkipGeneration } from "./load-lkip-input";

/** The LKIP document of an OPD-year, as the screen shows it. */
export async function buildLkipDocument(ref: OpdYearRef, generation: LkipGeneration): Promise<LkipDocument> {
  return assembleLkip(await loadLkipInput(ref, generation));
}

/** The PDF of an OPD-year's LKIP (the caller has authorised the OPD-year). */
export async function generateLkipPdf(
  ref: OpdYearRef,
  generation: LkipGeneration,
): Promise<{ bytes: Buffer; pageCount: number; document: LkipDocument }> {
  const document = await buildLkipDocument(ref, generation);
  return { ...(await renderLkipPdf(document)), document };
}
