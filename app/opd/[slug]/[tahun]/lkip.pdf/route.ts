import { notFound } from "next/navigation";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { getLkipPdf } from "@/lib/server/lkip/get-lkip-pdf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The LKIP PDF of an OPD-year: signed out → /masuk, outside the scope → 404. A FINAL report (or
 * ?revisi=<n>) is its stored bytes; otherwise a draft is generated.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string }> },
) {
  const context = await requireOpdYearContext(await params);
  if (!context.rights.exportReports)
    return new Response("Anda tidak berhak mengunduh LKIP ini.", { status: 403 });
  const revisi = new URL(request.url).searchParams.get("revisi");
  const revision = revisi === null ? undefined : Number(revisi);
  if (revision !== undefined && !(Number.isInteger(revision) && revision > 0)) notFound();
  const pdf = await getLkipPdf(context, { revision, generatedBy: context.principal.name });
  if (!pdf) notFound();
  return new Response(new Uint8Array(pdf.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${pdf.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
