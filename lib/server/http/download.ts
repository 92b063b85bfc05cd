import "server-only";
import type { OpdYearRights } from "@/lib/auth/opd-year-rights";
import type { Principal } from "@/lib/auth/permissions";
import { findOpdYearContext, type OpdYearContext } from "../opd-year/opd-year-context";

const contentTypes = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/** A file for the browser to save: its name (whose extension gives the type) and its bytes. */
export type DownloadFile = { filename: `${string}.${keyof typeof contentTypes}`; body: Uint8Array };

const redirectTo = (location: string) => new Response(null, { status: 307, headers: { Location: location } });

/**
 * The one way a route handler answers with a file, for the request's principal (read once by the
 * route): signed out → /masuk and a temporary password → /akun, as for every page; `make` answers null
 * outside the principal's scope or without the right to the file → 404, as if it did not exist;
 * otherwise the bytes as an attachment under the file's name, kept by no cache.
 */
export async function download(
  principal: Principal | null,
  make: (principal: Principal) => Promise<DownloadFile | null>,
): Promise<Response> {
  if (!principal) return redirectTo("/masuk");
  if (principal.mustChangePassword) return redirectTo("/akun");
  const file = await make(principal);
  if (!file) return new Response("Tidak ditemukan.", { status: 404 });
  const extension = file.filename.slice(file.filename.lastIndexOf(".") + 1) as keyof typeof contentTypes;
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": contentTypes[extension],
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** download() of a file of the OPD-year in the URL, for a principal who sees it and holds `right` there. */
export function opdYearDownload(
  principal: Principal | null,
  params: { slug: string; tahun: string },
  right: keyof Pick<OpdYearRights, "exportReports" | "readAudit">,
  make: (context: OpdYearContext) => Promise<DownloadFile | null>,
): Promise<Response> {
  return download(principal, async (principal) => {
    const context = await findOpdYearContext(principal, params.slug, params.tahun);
    return context?.rights[right] ? make(context) : null;
  });
}
