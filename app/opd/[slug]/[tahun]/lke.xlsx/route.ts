import { getPrincipal } from "@/lib/server/auth/session";
import { opdYearDownload } from "@/lib/server/http/download";
import { lkeFile } from "@/lib/server/xlsx/lke-file";

export const dynamic = "force-dynamic";

/** The LKE of the year: scores per component, the total and predikat, and every criterion's marks. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string }> },
) {
  return opdYearDownload(await getPrincipal(), await params, "exportReports", lkeFile);
}
