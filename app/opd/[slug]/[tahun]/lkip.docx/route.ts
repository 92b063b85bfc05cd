import { getPrincipal } from "@/lib/server/auth/session";
import { opdYearDownload } from "@/lib/server/http/download";
import { lkipDocxDownload } from "@/lib/server/lkip/get-lkip-docx";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The LKIP of an OPD-year as an editable Word document, for every role that may read the LKIP. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string }> },
) {
  return opdYearDownload(await getPrincipal(), await params, "exportReports", lkipDocxDownload);
}
