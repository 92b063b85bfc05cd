import "server-only";
import { buildTemplateWorkbook } from "@/lib/xlsx/export-template";
import { db } from "../db";
import { loadImportState, type OpdYearKey } from "./load-import-state";

/** The import template filled with the OPD-year's data, as .xlsx bytes. */
export async function exportTemplate(key: OpdYearKey): Promise<Buffer> {
  const state = await loadImportState(db, key);
  const ikuCodes = new Map(
    [...state.renstraCodes]
      .filter(([, itemKey]) => itemKey.startsWith("IKU:"))
      .map(([code, itemKey]) => [itemKey, code]),
  );
  const { periode } = state;
  const renstraYears = periode
    ? Array.from({ length: periode.endYear - periode.startYear + 1 }, (_, i) => periode.startYear + i)
    : null;
  const workbook = buildTemplateWorkbook({ snapshot: state.snapshot, renstraYears, ikuCodes });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
