import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { findOpdYearContext, type OpdYearContext } from "../opd-year/opd-year-context";

/**
 * A spreadsheet download of an OPD-year for the request's principal (read once by the route): 401 signed out, 404 outside the principal's scope, 403 without
 * the export right; otherwise the workbook `build` makes, as an attachment.
 */
export async function xlsxDownload(
  principal: Principal | null,
  params: { slug: string; tahun: string },
  fileName: (context: OpdYearContext) => string,
  build: (context: OpdYearContext) => Promise<Buffer>,
): Promise<Response> {
  if (!principal) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  const context = await findOpdYearContext(principal, params.slug, params.tahun);
  if (!context) return new Response("Tidak ditemukan.", { status: 404 });
  if (!context.rights.exportReports) return new Response("Anda tidak berwenang.", { status: 403 });
  const body = await build(context);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${fileName(context)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
