import { getPrincipal } from "@/lib/server/auth/session";
import { opdYearDownload } from "@/lib/server/http/download";
import { getOpdYearEvaluation } from "@/lib/server/opd-year/load-opd-year";
import { buildLkipTablesWorkbook } from "@/lib/xlsx/lkip-tables";

export const dynamic = "force-dynamic";

/** The LKIP tables (realisasi anggaran, capaian program & kegiatan, IKU) of the year, through TW IV. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string }> },
) {
  return opdYearDownload(await getPrincipal(), await params, "exportReports", async (context) => {
    const evaluation = await getOpdYearEvaluation(context, 4);
    const workbook = buildLkipTablesWorkbook({ ...evaluation, illustrative: context.illustrative });
    return {
      filename: `lkip-tabel-${context.opd.slug}-${context.year}.xlsx`,
      body: Buffer.from(await workbook.xlsx.writeBuffer()),
    };
  });
}
