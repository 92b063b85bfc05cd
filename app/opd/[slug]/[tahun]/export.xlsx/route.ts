import { exportTemplate } from "@/lib/server/xlsx/export-template";
import { getPrincipal } from "@/lib/server/auth/session";
import { xlsxDownload } from "@/lib/server/xlsx/xlsx-response";

export const dynamic = "force-dynamic";

/** The import template filled with the OPD-year's data. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string }> },
) {
  return xlsxDownload(
    await getPrincipal(),
    await params,
    ({ opd, year }) => `${opd.slug}-${year}.xlsx`,
    ({ opd, year, bidangFilter }) =>
      exportTemplate({ pemdaId: opd.pemdaId, opdId: opd.id, year }, bidangFilter),
  );
}
