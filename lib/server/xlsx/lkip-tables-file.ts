import "server-only";
import { buildLkipTablesWorkbook } from "@/lib/xlsx/lkip-tables";
import type { DownloadFile } from "../http/download";
import { getOpdYearEvaluation } from "../opd-year/load-opd-year";
import type { OpdYearContext } from "../opd-year/opd-year-context";

/**
 * lkip-tabel.xlsx of an OPD-year the caller has authorised: the LKIP's tables (realisasi anggaran, capaian
 * of program and kegiatan indicators, IKU) through TW IV, from the year's stored result (a FINAL year's as
 * signed).
 */
export async function lkipTablesFile(context: OpdYearContext): Promise<DownloadFile> {
  const evaluation = await getOpdYearEvaluation(context, 4);
  const workbook = buildLkipTablesWorkbook({ ...evaluation, illustrative: context.illustrative });
  return {
    filename: `lkip-tabel-${context.opd.slug}-${context.year}.xlsx`,
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
