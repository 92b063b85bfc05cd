import "server-only";
import { type Principal } from "@/lib/auth/permissions";
import { AppError, InvalidInputError } from "@/lib/errors";
import {
  importWorkbookInput,
  type ImportWorkbookInput,
  type ImportWorkbookRequest,
} from "@/lib/inputs/xlsx-import";
import { levelTitle } from "@/lib/vocabulary";
import type { ImportReport } from "@/lib/xlsx/import-report";
import { auditAs } from "../audit/record-audit";
import { db } from "../db";
import { runHeavy } from "../heavy/run-heavy";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findOpdForWrite } from "../mutations/authorize";
import { BULK_TRANSACTION } from "../mutations/batch-writes";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate } from "../mutations/versioned";
import { readDataVersion } from "../opd-year/data-version";
import { sha256Hex } from "../sha256";
import type { ImportRequest } from "./plan-import";
import { writePlan } from "./write-plan";

async function resolve(
  principal: Principal,
  input: ImportWorkbookInput,
  forCommit: boolean,
): Promise<ImportRequest> {
  const opd = await findOpdForWrite(db, principal, "plan:import", input.opdId);
  const bytes = Buffer.from(input.file, "base64");
  const file = { name: input.fileName, sha256: sha256Hex(bytes) };
  const key = { pemdaId: opd.pemdaId, opdId: opd.id, year: input.year, opdName: opd.name };
  return { key, file, bytes, bidangIds: principal.bidangIds, forCommit };
}

/** The dry run: everything an import would do and every problem, changing nothing. */
export async function previewImport(
  principal: Principal,
  rawInput: ImportWorkbookRequest,
): Promise<ImportReport> {
  const input = importWorkbookInput.parse(rawInput);
  return (await runHeavy("plan-import", await resolve(principal, input, false))).report;
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
 * confirmed, a plan changed since the dry run, the year changed while the file was read, a row changed
 * meanwhile, a lost connection) nothing.
 * Returns the report; `ok` false means nothing was written.
 */
export async function commitImport(
  principal: Principal,
  rawInput: ImportWorkbookRequest,
): Promise<ImportReport> {
  const input = importWorkbookInput.parse(rawInput);
  const request = await resolve(principal, input, true);
  const { key, file } = request;
  // Read and planned in a worker, outside any transaction; written here if the year has not changed since.
  const { report: planned, toWrite } = await runHeavy("plan-import", request);
  return onDuplicate(
    () =>
      db.$transaction(async (tx) => {
        const opened = await tx.laporanKinerja.findFirst({
          where: { pemdaId: key.pemdaId, opdId: key.opdId, year: key.year },
          select: { id: true },
        });
        if (opened) await assertYearEditable(tx, key);
        if (!toWrite) return planned;
        if ((await readDataVersion(key, tx)) !== toWrite.dataVersion) {
          throw new AppError(
            "CONFLICT",
            "Data tahun ini berubah selama berkas dibaca; tidak ada yang diimpor. Ulangi impor.",
          );
        }
        const { state, plan, renstraYears } = toWrite;
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
