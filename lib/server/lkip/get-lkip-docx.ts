import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { runHeavy } from "../heavy/run-heavy";
import { opdYearDownload } from "../http/download";
import type { LaporanDetail } from "../laporan/get-laporan";
import type { OpdYearRef } from "../opd-year/load-opd-year";
import { getLkipScreenDocument } from "./get-lkip-pdf";
import { getOrRenderDraft } from "./lkip-drafts";
import { listLkipRevisions } from "./lkip-revisions";

export type LkipDocx = {
  bytes: Uint8Array;
  filename: `${string}.docx`;
  /** time to generate it */ milliseconds: number;
};

/**
 * The LKIP of an OPD-year the caller has authorised, as an editable Word document: the document the
 * screen shows (a draft of the current data, or a FINAL's frozen data with the code of its latest
 * revision, then marked as a copy of that PDF). A draft is rendered once per data version and stored
 * like the PDF's (`getOrRenderDraft`). Shared by the download route and `npm run lkip`.
 */
export async function getLkipDocx(
  ref: OpdYearRef & { laporan: LaporanDetail },
  { generatedBy, signal }: { generatedBy: string | null; signal?: AbortSignal },
): Promise<LkipDocx> {
  const started = performance.now();
  const render = async () =>
    runHeavy(
      "lkip-docx",
      await getLkipScreenDocument(ref, {
        generatedBy,
        finalNote: ref.laporan.transitions.find((t) => t.toStatus === "FINAL")?.note ?? null,
      }),
      { signal },
    );
  const revision =
    ref.laporan.status === "FINAL" ? ((await listLkipRevisions(ref))[0]?.revision ?? null) : null;
  const bytes =
    revision === null ? (await getOrRenderDraft(ref, "DOCX", render, { signal })).bytes : await render();
  const suffix = revision === null ? "draf" : `final-r${revision}-salinan`;
  return {
    bytes,
    filename: `LKIP-${ref.opd.slug}-${ref.year}-${suffix}.docx`,
    milliseconds: Math.round(performance.now() - started),
  };
}

/**
 * The answer of /opd/<slug>/<tahun>/lkip.docx: the Word LKIP for every role that may read the LKIP
 * (the right of lkip.pdf), 404 outside the principal's scope.
 */
export function lkipDocxResponse(
  principal: Principal | null,
  params: { slug: string; tahun: string },
  signal?: AbortSignal,
) {
  return opdYearDownload(principal, params, "exportReports", async (context) => {
    const docx = await getLkipDocx(context, { generatedBy: context.principal.name, signal });
    return { filename: docx.filename, body: docx.bytes };
  });
}
