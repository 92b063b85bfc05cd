import { getPrincipal } from "@/lib/server/auth/session";
import { opdYearDownload } from "@/lib/server/http/download";
import { getLkipPdf } from "@/lib/server/lkip/get-lkip-pdf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The LKIP PDF of an OPD-year. A FINAL report (or ?revisi=<n>) is its stored bytes; otherwise a draft
 * is generated.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string }> },
) {
  return opdYearDownload(await getPrincipal(), await params, "exportReports", async (context) => {
    const revisi = new URL(request.url).searchParams.get("revisi");
    const revision = revisi === null ? undefined : Number(revisi);
    if (revision !== undefined && !(Number.isInteger(revision) && revision > 0)) return null;
    const pdf = await getLkipPdf(context, {
      revision,
      generatedBy: context.principal.name,
      signal: request.signal,
    });
    return pdf && { filename: pdf.filename, body: pdf.bytes };
  });
}
