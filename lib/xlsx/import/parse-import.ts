import type { WorkbookCells } from "../read-workbook";
import type { Snapshot } from "../snapshot";
import { sheetNames } from "../template";
import { readAnggaran } from "./parse-anggaran";
import { readIndikator } from "./parse-indikator";
import { readNarasi } from "./parse-narasi";
import { readRencanaAksi } from "./parse-rencana-aksi";
import { readRenstra } from "./parse-renstra";
import { findSheet, type ImportIssue, type ImportIssues, SheetReader } from "./read-sheet";

export type { ImportIssue } from "./read-sheet";

/** What the file is read against: the OPD's bidang and the Renstra codes already stored. */
export type ParseContext = {
  bidang: readonly string[];
  /** Tujuan, sasaran and IKU codes of the stored Renstra (used when the file has no Renstra sheet). */
  renstraCodes: ReadonlyMap<string, string>;
};

export type ParsedFile = {
  items: Snapshot;
  sheets: { indikator: boolean; renstra: boolean };
  /** The years of the Renstra sheet's Target columns. */
  renstraYears: number[];
  /** Budget rows whose kode was read, including rows refused for another cell: not planned as removals. */
  readKeys: ReadonlySet<string>;
  errors: ImportIssue[];
  warnings: ImportIssue[];
};

/**
 * Reads the template's sheets into a snapshot, with every problem as sheet, row, column and an
 * Indonesian message. Each stored value is checked by the field schema of its form (`lib/inputs`), and
 * the structure here (kode levels, parents, duplicates, bidang); what depends on the stored data (scope,
 * removals) is the plan's job. The Renstra is read first: the Indikator sheet refers to its codes, the
 * Narasi sheet to its sasaran and to the Anggaran sheet's programs and kegiatan, the Rencana Aksi sheet to
 * the sub kegiatan, indicators and IKU the other sheets read.
 */
export function parseImport(workbook: WorkbookCells, context: ParseContext): ParsedFile {
  const issues: ImportIssues = { errors: [], warnings: [] };
  const items: Snapshot = new Map();
  const anggaran = findSheet(workbook, sheetNames.anggaran);
  const indikator = findSheet(workbook, sheetNames.indikator);
  const renstra = findSheet(workbook, sheetNames.renstra);
  const narasi = findSheet(workbook, sheetNames.narasi);
  const rencanaAksi = findSheet(workbook, sheetNames.rencanaAksi);
  if (!anggaran) {
    issues.errors.push({
      sheet: sheetNames.anggaran,
      row: 0,
      column: "",
      message: 'Lembar "Anggaran" tidak ada; unduh templat dari halaman impor',
    });
    return {
      items,
      sheets: { indikator: false, renstra: false },
      renstraYears: [],
      readKeys: new Set(),
      ...issues,
    };
  }
  const renstraYears: number[] = [];
  const renstraCodes = renstra
    ? readRenstra(new SheetReader(renstra, issues), items, renstraYears)
    : context.renstraCodes;
  const budgetRows = readAnggaran(new SheetReader(anggaran, issues), items, context.bidang);
  if (indikator) readIndikator(new SheetReader(indikator, issues), items, renstraCodes, budgetRows);
  if (narasi) readNarasi(new SheetReader(narasi, issues), items, { renstraCodes, budgetKeys: budgetRows });
  if (rencanaAksi) readRencanaAksi(new SheetReader(rencanaAksi, issues), items, renstraCodes, budgetRows);
  return {
    items,
    sheets: { indikator: !!indikator, renstra: !!renstra },
    renstraYears,
    readKeys: budgetRows,
    ...issues,
  };
}
