import { getPrincipal } from "@/lib/server/auth/session";
import { opdYearDownload } from "@/lib/server/http/download";
import { exportTemplate } from "@/lib/server/xlsx/export-template";

export const dynamic = "force-dynamic";

/** The import template filled with the OPD-year's data. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string }> },
) {
  return opdYearDownload(
    await getPrincipal(),
    await params,
    "exportReports",
    async ({ opd, year, bidangFilter }) => ({
      filename: `${opd.slug}-${year}.xlsx`,
      body: await exportTemplate({ pemdaId: opd.pemdaId, opdId: opd.id, year }, bidangFilter),
    }),
  );
}
