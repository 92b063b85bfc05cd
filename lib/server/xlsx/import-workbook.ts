import "server-only";
import { createHash } from "node:crypto";
import { sha256Hex } from "../sha256";
import { findOpdForWrite } from "../mutations/authorize";
import { type Principal } from "@/lib/auth/permissions";
import { AppError, InvalidInputError } from "@/lib/errors";
import {
  importWorkbookInput,
  type ImportWorkbookInput,
  type ImportWorkbookRequest,
} from "@/lib/inputs/xlsx-import";
import { formatDateLong } from "@/lib/format";
import { laporanStatusLabel, levelTitle } from "@/lib/vocabulary";
import { isEditable } from "@/lib/workflow/laporan-workflow";
import type { ImportIssue, ParseContext, ParsedFile } from "@/lib/xlsx/import/parse-import";
import { WorkbookFileError } from "@/lib/xlsx/unzip-guarded";
import { type ImportPlan, planImport } from "@/lib/xlsx/validate-import";
import { rencanaField, rencanaPeriods } from "@/lib/xlsx/snapshot";
import { sheetNames } from "@/lib/xlsx/template";
import { auditAs } from "../audit/record-audit";
import { db } from "../db";
import { runHeavy } from "../heavy/run-heavy";
import { assertYearEditable } from "../laporan/lock-laporan";
import { BULK_TRANSACTION } from "../mutations/batch-writes";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate } from "../mutations/versioned";
import type { OpdYearKey } from "../opd-year/opd-year-key";
import { type ImportState, loadImportState } from "./load-import-state";
import { writePlan } from "./write-plan";
import { loadCalcSettings } from "../settings/load-calc-settings";
import type { ImportChecks, ImportReport } from "@/lib/xlsx/import-report";
import { resultFindings } from "@/lib/xlsx/result-findings";

/** A report lists at most this many problems of each kind (the counts stay exact in the message). */
const MAX_ISSUES = 500;

const fileIssue = (message: string): ImportIssue => ({ sheet: "", row: 0, column: "", message });

const digestOf = (plan: ImportPlan) =>
  createHash("sha256")
    .update(
      JSON.stringify(
        plan.entries.filter((e) => e.action !== "unchanged").map((e) => [e.action, e.item.key, e.fields]),
      ),
    )
    .digest("hex");

function report(
  plan: ImportPlan,
  checks: ImportChecks | null,
  file: { name: string; sha256: string },
  committed: boolean,
): ImportReport {
  return {
    ok: plan.ok,
    committed,
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

async function resolve(principal: Principal, input: ImportWorkbookInput) {
  const opd = await findOpdForWrite(db, principal, "plan:import", input.opdId);
  const bytes = Buffer.from(input.file, "base64");
  const file = { name: input.fileName, sha256: sha256Hex(bytes) };
  const key = { pemdaId: opd.pemdaId, opdId: opd.id, year: input.year, opdName: opd.name };
  return { key, file, bytes };
}

/** What parsing a file depends on in the stored year: its bidang and the codes of its Renstra. */
const parseContext = (state: ImportState): ParseContext => ({
  bidang: state.bidang.map((b) => b.name),
  renstraCodes: state.renstraCodes,
});
const sameContext = (a: ParseContext, b: ParseContext) =>
  JSON.stringify([a.bidang, [...a.renstraCodes]]) === JSON.stringify([b.bidang, [...b.renstraCodes]]);

const readState = (key: OpdYearKey) => db.$transaction((tx) => loadImportState(tx, key), BULK_TRANSACTION);

/**
 * Reads and parses the file in a worker thread (no transaction is open meanwhile): the parsed file, or
 * the message of a file that is no workbook.
 */
async function parseFile(
  bytes: Uint8Array,
  context: ParseContext,
): Promise<{ parsed: ParsedFile } | { fileError: string }> {
  try {
    return { parsed: await runHeavy("parse-import", { bytes, context }) };
  } catch (error) {
    if (!(error instanceof WorkbookFileError)) throw error;
    return { fileError: error.message };
  }
}

/** Plans the import of the parsed file against the stored year (`state`). */
async function planAgainstState(
  state: ImportState,
  principal: Principal,
  key: OpdYearKey & { opdName: string },
  parsed: ParsedFile,
) {
  const { opdName } = key;
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
  if (!state.laporan && principal.bidangIds.length > 0) {
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
    principal.bidangIds.length === 0
      ? null
      : state.bidang.filter((b) => principal.bidangIds.includes(b.id)).map((b) => b.name);
  const plan = planImport(state.snapshot, parsed, { bidang: bidangNames });
  const checks = plan.ok
    ? resultFindings({
        current: state.snapshot,
        plan,
        opdName,
        year: key.year,
        settings: await loadCalcSettings(key.pemdaId),
      })
    : null;
  return { state, plan, checks, renstraYears: parsed.renstraYears };
}

/** The dry run: everything an import would do and every problem, changing nothing. */
export async function previewImport(
  principal: Principal,
  rawInput: ImportWorkbookRequest,
): Promise<ImportReport> {
  const input = importWorkbookInput.parse(rawInput);
  const { key, file, bytes } = await resolve(principal, input);
  const state = await readState(key);
  const read = await parseFile(bytes, parseContext(state));
  if ("fileError" in read) return report(emptyPlan([fileIssue(read.fileError)]), null, file, false);
  const { plan, checks } = await planAgainstState(state, principal, key, read.parsed);
  return report(plan, checks, file, false);
}

const refusal = (r: ImportReport) => {
  const shown = r.errors
    .slice(0, 20)
    .map((e) => (e.row > 0 ? `${e.sheet} baris ${e.row}, kolom ${e.column}: ${e.message}` : e.message));
  const more =
    r.errors.length > shown.length ? `\n… dan ${r.errors.length - shown.length} masalah lain.` : "";
  return new InvalidInputError(`Tidak ada yang diimpor. Perbaiki dulu:\n${shown.join("\n")}${more}`, {});
};

/**
 * Imports the file in one transaction under the LKIP lock: all of it, or (any error, a removal not
 * confirmed, a plan changed since the dry run, a row changed meanwhile, a lost connection) nothing.
 * Returns the report; `ok` false means nothing was written.
 */
export async function commitImport(
  principal: Principal,
  rawInput: ImportWorkbookRequest,
): Promise<ImportReport> {
  const input = importWorkbookInput.parse(rawInput);
  const { key, file, bytes } = await resolve(principal, input);
  const context = parseContext(await readState(key));
  const read = await parseFile(bytes, context);
  if ("fileError" in read) return report(emptyPlan([fileIssue(read.fileError)]), null, file, false);
  return onDuplicate(
    () =>
      db.$transaction(async (tx) => {
        const opened = await tx.laporanKinerja.findFirst({
          where: { pemdaId: key.pemdaId, opdId: key.opdId, year: key.year },
          select: { id: true },
        });
        if (opened) await assertYearEditable(tx, key);
        const state = await loadImportState(tx, key);
        if (!sameContext(parseContext(state), context)) {
          throw new AppError(
            "CONFLICT",
            "Bidang atau kode Renstra tahun ini berubah selama berkas dibaca; tidak ada yang diimpor. Ulangi impor.",
          );
        }
        const { plan, checks, renstraYears } = await planAgainstState(state, principal, key, read.parsed);
        const planned = report(plan, checks, file, false);
        if (!plan.ok) return planned;
        if (input.planDigest && input.planDigest !== planned.planDigest) {
          throw new AppError(
            "CONFLICT",
            "Data tahun ini berubah sejak pratinjau; tidak ada yang diimpor. Ulangi pratinjau lalu impor lagi.",
          );
        }
        if (plan.removalsToConfirm.length > 0 && !input.confirmRemovals) {
          const names = plan.removalsToConfirm.map((r) => `${levelTitle(r.level)} ${r.label}`);
          throw new AppError(
            "INVALID",
            `Tidak ada yang diimpor: penghapusan berikut perlu dikonfirmasi (memiliki realisasi atau indikator): ${names.join("; ")}.`,
          );
        }
        // The same file again changes nothing, not even the audit trail.
        const { created, updated, removed } = plan.totals;
        if (opened && created + updated + removed === 0) return { ...planned, committed: true };
        const { laporanId } = await writePlan(tx, { key, state, plan, renstraYears, fileName: file.name });
        // Also run by the command line, outside executeMutation: the entry is recorded under the mutation's name.
        await auditAs(principal, importWorkbook.name)(tx, {
          opdId: key.opdId,
          year: key.year,
          entity: "LaporanKinerja",
          entityId: laporanId,
          newValues: { fileName: file.name, sha256: file.sha256, ...plan.totals, levels: plan.levels },
        });
        return { ...planned, committed: true };
      }, BULK_TRANSACTION),
    () => new AppError("CONFLICT", `Tahun ${key.year} baru saja dibuka oleh pengguna lain; ulangi impor.`),
  );
}

/**
 * The browser's import: with `dryRun` the report of the dry run (problems included); otherwise the
 * commit, where a file with problems is refused (INVALID) with its first messages.
 */
export const importWorkbook = defineMutation({
  name: "xlsx.import",
  input: importWorkbookInput,
  async run({ principal, input }) {
    if (input.dryRun) return previewImport(principal, input);
    const result = await commitImport(principal, input);
    if (!result.ok) throw refusal(result);
    return result;
  },
});
