import { getPrincipal } from "@/lib/server/auth/session";
import { opdYearDownload } from "@/lib/server/http/download";
import { lkipTablesFile } from "@/lib/server/xlsx/lkip-tables-file";

export const dynamic = "force-dynamic";

/** The LKIP tables (realisasi anggaran, capaian program & kegiatan, IKU) of the year, through TW IV. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string }> },
) {
  return opdYearDownload(await getPrincipal(), await params, "exportReports", lkipTablesFile);
}
