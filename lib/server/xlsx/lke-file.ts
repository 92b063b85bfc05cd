import "server-only";
import { buildLkeWorkbook } from "@/lib/xlsx/lke";
import type { DownloadFile } from "../http/download";
import { loadLke } from "../lke/load-lke";
import type { OpdYearContext } from "../opd-year/opd-year-context";

/** lke.xlsx of an OPD-year the caller has authorised: the LKE's scores and every criterion's marks. */
export async function lkeFile(context: OpdYearContext): Promise<DownloadFile> {
  const lke = await loadLke(context);
  const workbook = buildLkeWorkbook({
    title: `LKE ${context.opd.name} ${context.year}`,
    result: lke.result,
    criteria: lke.criteria,
    illustrative: context.illustrative,
  });
  return {
    filename: `lke-${context.opd.slug}-${context.year}.xlsx`,
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
