import "server-only";
import { buildTemplateWorkbook } from "@/lib/xlsx/export-template";
import { db } from "../db";
import type { OpdYearKey } from "../opd-year/opd-year-key";
import { loadImportState } from "./load-import-state";

/**
 * The import template filled with the OPD-year's data, as .xlsx bytes. For a bidang-limited planner
 * (`bidangIds`) only their bidang's rows and the program and kegiatan above them; no Renstra.
 */
export async function exportTemplate(
  key: OpdYearKey,
  bidangIds: readonly string[] | null = null,
): Promise<Buffer> {
  const state = await loadImportState(db, key);
  if (bidangIds) {
    const names = new Set(state.bidang.filter((b) => bidangIds.includes(b.id)).map((b) => b.name));
    const keep = new Set<string>();
    for (const item of state.snapshot.values()) {
      if (item.bidang === null || !names.has(item.bidang)) continue;
      for (
        let key: string | null = item.key;
        key && !keep.has(key);
        key = state.snapshot.get(key)?.parentKey ?? null
      ) {
        keep.add(key);
      }
    }
    for (const key of state.snapshot.keys()) if (!keep.has(key)) state.snapshot.delete(key);
    state.periode = null;
  }
  const ikuCodes = new Map(
    [...state.renstraCodes]
      .filter(([, itemKey]) => itemKey.startsWith("IKU:"))
      .map(([code, itemKey]) => [itemKey, code]),
  );
  const { periode } = state;
  const renstraYears = periode
    ? Array.from({ length: periode.endYear - periode.startYear + 1 }, (_, i) => periode.startYear + i)
    : null;
  const workbook = buildTemplateWorkbook({
    snapshot: state.snapshot,
    renstraYears,
    ikuCodes,
    illustrative: state.laporan?.illustrative ?? false,
    final: state.laporan?.status === "FINAL",
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
