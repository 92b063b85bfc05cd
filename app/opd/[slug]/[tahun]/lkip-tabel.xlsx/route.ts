import { getOpdYearEvaluation } from "@/lib/server/opd-year/load-opd-year";
import { getPrincipal } from "@/lib/server/auth/session";
import { xlsxDownload } from "@/lib/server/xlsx/xlsx-response";
import { buildLkipTablesWorkbook } from "@/lib/xlsx/lkip-tables";

export const dynamic = "force-dynamic";

/** The LKIP tables (realisasi anggaran, capaian program & kegiatan, IKU) of the year, through TW IV. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string }> },
) {
  return xlsxDownload(
    await getPrincipal(),
    await params,
    ({ opd, year }) => `lkip-tabel-${opd.slug}-${year}.xlsx`,
    async (context) => {
      const evaluation = await getOpdYearEvaluation(context, 4);
      const workbook = buildLkipTablesWorkbook({ ...evaluation, illustrative: context.illustrative });
      return Buffer.from(await workbook.xlsx.writeBuffer());
    },
  );
}
