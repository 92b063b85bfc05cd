import { loadBuktiFile } from "@/lib/server/bukti/load-bukti";
import { getPrincipal } from "@/lib/server/auth/session";
import { opdYearDownload } from "@/lib/server/http/download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A bukti dukung under its original name: for whoever sees the OPD-year (and, bidang-limited, its target). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string; id: string }> },
) {
  const { slug, tahun, id } = await params;
  return opdYearDownload(await getPrincipal(), { slug, tahun }, "exportReports", (context) =>
    loadBuktiFile(context, id),
  );
}
