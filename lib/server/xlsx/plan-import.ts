import "server-only";
import { createHash } from "node:crypto";
import { formatDateLong } from "@/lib/format";
import { laporanStatusLabel } from "@/lib/vocabulary";
import { isEditable } from "@/lib/workflow/laporan-workflow";
import { type ImportIssue, type ParseContext, parseImport } from "@/lib/xlsx/import/parse-import";
import type { ImportChecks, ImportReport } from "@/lib/xlsx/import-report";
import { readWorkbook } from "@/lib/xlsx/read-workbook";
import { resultFindings } from "@/lib/xlsx/result-findings";
import { rencanaField, rencanaPeriods } from "@/lib/xlsx/snapshot";
import { sheetNames } from "@/lib/xlsx/template";
import { WorkbookFileError } from "@/lib/xlsx/unzip-guarded";
import { type ImportPlan, planImport } from "@/lib/xlsx/validate-import";
import { db } from "../db";
import { BULK_TRANSACTION } from "../mutations/batch-writes";
import { readDataVersion } from "../opd-year/data-version";
import type { OpdYearKey } from "../opd-year/opd-year-key";
import { loadCalcSettings } from "../settings/load-calc-settings";
import { type ImportState, loadImportState } from "./load-import-state";

/** A report lists at most this many problems of each kind (the counts stay exact in the message). */
const MAX_ISSUES = 500;

export type ImportRequest = {
  bytes: Uint8Array;
  file: { name: string; sha256: string };
  key: OpdYearKey & { opdName: string };
  /** The importing planner's bidang (empty: the whole OPD). */
  bidangIds: readonly string[];
  /** Whether the plan and the state it was made against are wanted back, to be written. */
  forCommit: boolean;
};

/**
 * The import planned against the stored year: its report and, for a commit of a file without errors, what
 * writing it needs, with the data version the year had before its state was read (a change committed since
 * makes the commit refuse).
 */
export type PlannedImport = {
  report: ImportReport;
  toWrite: { state: ImportState; plan: ImportPlan; renstraYears: number[]; dataVersion: bigint } | null;
};

const fileIssue = (message: string): ImportIssue => ({ sheet: "", row: 0, column: "", message });

const digestOf = (plan: ImportPlan) =>
  createHash("sha256")
    .update(
      JSON.stringify(
        plan.entries.filter((e) => e.action !== "unchanged").map((e) => [e.action, e.item.key, e.fields]),
      ),
    )
    .digest("hex");

function report(plan: ImportPlan, checks: ImportChecks | null, file: ImportRequest["file"]): ImportReport {
  return {
    ok: plan.ok,
    committed: false,
    fileName: file.name,
    sha256: file.sha256,
    ...plan.totals,
    levels: plan.levels,
    errors: plan.errors.slice(0, MAX_ISSUES),
    warnings: plan.warnings.slice(0, MAX_ISSUES),
    checks: checks && {
      counts: checks.counts,
      groups: checks.groups.map((group) => ({ ...group, items: group.items.slice(0, MAX_ISSUES) })),
    },
    removalsToConfirm: plan.removalsToConfirm,
    planDigest: digestOf(plan),
  };
}

const emptyPlan = (errors: ImportIssue[]): ImportPlan =>
  planImport(
    new Map(),
    {
      items: new Map(),
      sheets: { indikator: false, renstra: false },
      renstraYears: [],
      readKeys: new Set(),
      errors,
      warnings: [],
    },
    { bidang: null },
  );

/** What parsing a file depends on in the stored year: its bidang and the codes of its Renstra. */
const parseContext = (state: ImportState): ParseContext => ({
  bidang: state.bidang.map((b) => b.name),
  renstraCodes: state.renstraCodes,
});

/**
 * Reads, parses and plans an uploaded workbook against the stored year, with the integrity check of the year
 * as the import would leave it. Runs in a worker thread (the "plan-import" heavy job, with its own connection
 * pool): for an OPD of 15.000 leaves the state's rows, the plan and the engine's check take seconds of CPU that
 * must not hold the server's event loop. Writes nothing.
 */
export async function planImportFile(request: ImportRequest): Promise<PlannedImport> {
  const { key, file, bidangIds } = request;
  const dataVersion = await readDataVersion(key);
  const state = await db.$transaction((tx) => loadImportState(tx, key), BULK_TRANSACTION);
  let parsed;
  try {
    parsed = parseImport(await readWorkbook(request.bytes), parseContext(state));
  } catch (error) {
    if (!(error instanceof WorkbookFileError)) throw error;
    return { report: report(emptyPlan([fileIssue(error.message)]), null, file), toWrite: null };
  }
  const { periode } = state;
  const outside = parsed.renstraYears.filter(
    (y) => periode && (y < periode.startYear || y > periode.endYear),
  );
  if (outside.length > 0) {
    parsed.errors.push({
      sheet: "Renstra",
      row: 1,
      column: `Target ${outside[0]}`,
      message: `Tahun ${outside.join(", ")} di luar periode Renstra ${periode!.startYear}–${periode!.endYear}`,
    });
  }
  if (!periode && parsed.sheets.renstra && parsed.renstraYears.length === 0) {
    parsed.errors.push({
      sheet: "Renstra",
      row: 1,
      column: "Target",
      message: "Periode Renstra belum ada: sertakan kolom Target <tahun> untuk setiap tahun periode",
    });
  }
  if (state.laporan && !isEditable(state.laporan.status as keyof typeof laporanStatusLabel)) {
    parsed.errors.unshift(
      fileIssue(
        `Laporan tahun ${key.year} berstatus ${laporanStatusLabel[state.laporan.status as keyof typeof laporanStatusLabel]}; data tidak dapat diubah.`,
      ),
    );
  }
  if (!state.laporan && bidangIds.length > 0) {
    parsed.errors.unshift(
      fileIssue(
        `Tahun ${key.year} belum dibuka; hanya perencana seluruh perangkat daerah yang dapat membukanya lewat impor.`,
      ),
    );
  }
  if (state.rencanaAksiSignedAt) {
    const changed = [...parsed.items.values()].find((item) =>
      rencanaPeriods.some((period) => {
        const value = item.fields[rencanaField(period)];
        return (
          value !== undefined &&
          value !== (state.snapshot.get(item.key)?.fields[rencanaField(period)] ?? null)
        );
      }),
    );
    if (changed)
      parsed.errors.push({
        sheet: sheetNames.rencanaAksi,
        row: 0,
        column: "",
        message: `Rencana aksi tahun ${key.year} telah ditandatangani bersama Perjanjian Kinerja pada ${formatDateLong(state.rencanaAksiSignedAt)}; tidak dapat diubah (${changed.label})`,
      });
  }
  const bidangNames =
    bidangIds.length === 0 ? null : state.bidang.filter((b) => bidangIds.includes(b.id)).map((b) => b.name);
  const plan = planImport(state.snapshot, parsed, { bidang: bidangNames });
  const checks = plan.ok
    ? resultFindings({
        current: state.snapshot,
        plan,
        opdName: key.opdName,
        year: key.year,
        settings: await loadCalcSettings(key.pemdaId),
      })
    : null;
  return {
    report: report(plan, checks, file),
    toWrite:
      request.forCommit && plan.ok ? { state, plan, renstraYears: parsed.renstraYears, dataVersion } : null,
  };
}
