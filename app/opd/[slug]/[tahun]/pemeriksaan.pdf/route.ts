import { getPrincipal } from "@/lib/server/auth/session";
import { opdYearDownload } from "@/lib/server/http/download";
import { reviewSheetDownload } from "@/lib/server/lkip/get-review-sheet";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The review sheet of an OPD-year's LKIP: its findings and review notes, for whoever reads the LKIP. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string }> },
) {
  return opdYearDownload(await getPrincipal(), await params, "exportReports", (context) =>
    reviewSheetDownload(context, request.signal),
  );
}
