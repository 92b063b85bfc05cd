"use client";

import Link from "next/link";
import { useState } from "react";
import { FindingCountsText } from "@/components/finding-counts";
import { ActionError } from "@/components/forms/action-error";
import { useMutationAction } from "@/components/forms/use-mutation-action";
import { importWorkbookAction } from "@/lib/actions/xlsx";
import type { ImportReport } from "@/lib/xlsx/import-report";
import { findingSeverityLabel } from "@/lib/calc/finding";
import { formatCount } from "@/lib/format";
import { levelTitle } from "@/lib/vocabulary";
import { importLevels } from "@/lib/xlsx/snapshot";
import { Button } from "@/components/ui/button";
import { TableFrame } from "@/components/ui/table";
import { FilePicker, readFileBase64 } from "@/components/ui/file-picker";

type Upload = { fileName: string; file: string };

function Issues({
  title,
  issues,
  testId,
}: {
  title: string;
  issues: ImportReport["errors"];
  testId: string;
}) {
  if (issues.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h3 className="font-medium">
        {title} ({issues.length})
      </h3>
      <TableFrame label={title} plain>
        <table className="mt-1 w-full text-left text-sm">
          <thead className="text-slate-500">
            <tr>
              <th className="pr-3">Lembar</th>
              <th className="pr-3">Baris</th>
              <th className="pr-3">Kolom</th>
              <th>Masalah</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, i) => (
              <tr key={i} className="border-t border-slate-100 align-top">
                <td className="pr-3">{issue.sheet || "—"}</td>
                <td className="pr-3">{issue.row > 0 ? issue.row : "—"}</td>
                <td className="pr-3">{issue.column || "—"}</td>
                <td className="wrap-anywhere">{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </div>
  );
}

/** The year's check as the import would leave it, counted as the OPD-year page counts it. */
function Checks({ checks }: { checks: NonNullable<ImportReport["checks"]> }) {
  return (
    <div data-testid="import-checks">
      <h3 className="font-medium">Pemeriksaan data setelah impor</h3>
      <p className="text-sm">
        <FindingCountsText counts={checks.counts} />; tidak menghalangi impor.
      </p>
      {checks.groups.map((group, index) => (
        <details key={index} className="mt-2 text-sm">
          <summary className="cursor-pointer">
            {findingSeverityLabel[group.severity]} · {group.label}: {formatCount(group.items.length)} butir
          </summary>
          <Issues title="Butir" issues={group.items} testId="import-check-items" />
        </details>
      ))}
    </div>
  );
}

/** Upload → dry run (summary, problems by sheet/row/column) → confirmation → one all-or-nothing commit. */
export function ImportForm({ opdId, year, treeHref }: { opdId: string; year: number; treeHref: string }) {
  const [upload, setUpload] = useState<Upload | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [done, setDone] = useState<ImportReport | null>(null);
  // "Impor berkas lain" starts the chooser anew.
  const [pickerKey, setPickerKey] = useState(0);
  const preview = useMutationAction(importWorkbookAction, { refresh: false, onSuccess: setReport });
  const commit = useMutationAction(importWorkbookAction, { onSuccess: setDone });

  const choose = async (file: File | undefined) => {
    setReport(null);
    setDone(null);
    setConfirmed(false);
    if (!file) return setUpload(null);
    const next = { fileName: file.name, file: await readFileBase64(file) };
    setUpload(next);
    await preview.run({ opdId, year, ...next, confirmRemovals: false, planDigest: null, dryRun: true });
  };
  const needsConfirmation = (report?.removalsToConfirm.length ?? 0) > 0;
  const canCommit = !!report?.ok && (!needsConfirmation || confirmed) && !commit.pending;

  return (
    <section className="space-y-4 rounded-md border border-slate-200 bg-white p-4">
      <FilePicker
        key={pickerKey}
        label="Berkas Excel (.xlsx)"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        testId="import-file"
        onChoose={(file) => void choose(file)}
      />
      {preview.pending && <p className="text-sm text-slate-600">Memeriksa berkas …</p>}
      <ActionError error={preview.error} />
      {report && !done && (
        <div className="space-y-4" data-testid="import-preview">
          <div>
            <h2 className="text-lg font-semibold">Pratinjau {report.fileName}</h2>
            <p className="text-sm" data-testid="import-summary">
              {report.created} baru, {report.updated} diubah, {report.unchanged} tetap, {report.removed}{" "}
              dihapus
            </p>
            <table className="mt-2 text-sm">
              <thead className="text-slate-500">
                <tr>
                  <th className="pr-4 text-left">Tingkat</th>
                  <th className="pr-4">Baru</th>
                  <th className="pr-4">Diubah</th>
                  <th className="pr-4">Tetap</th>
                  <th>Dihapus</th>
                </tr>
              </thead>
              <tbody>
                {importLevels
                  .filter((level) => Object.values(report.levels[level]).some((n) => n > 0))
                  .map((level) => {
                    const c = report.levels[level];
                    return (
                      <tr key={level} className="text-right">
                        <td className="pr-4 text-left">{levelTitle(level)}</td>
                        <td className="pr-4">{c.created}</td>
                        <td className="pr-4">{c.updated}</td>
                        <td className="pr-4">{c.unchanged}</td>
                        <td>{c.removed}</td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
          <Issues title="Kesalahan — tidak dapat diimpor" issues={report.errors} testId="import-errors" />
          <Issues title="Peringatan" issues={report.warnings} testId="import-warnings" />
          {report.checks && <Checks checks={report.checks} />}
          {report.ok && needsConfirmation && (
            <div className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              <p>Berikut akan dihapus beserta realisasi dan indikatornya:</p>
              <ul className="ml-5 list-disc">
                {report.removalsToConfirm.map((item) => (
                  <li key={`${item.level}${item.label}`}>
                    {levelTitle(item.level)} {item.label}
                  </li>
                ))}
              </ul>
              <label className="mt-2 flex items-center gap-2">
                <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
                Saya setuju butir di atas dihapus
              </label>
            </div>
          )}
          <div className="flex gap-3">
            <Button
              type="button"
              disabled={!canCommit}
              data-testid="import-commit"
              onClick={() =>
                upload &&
                void commit.run({
                  opdId,
                  year,
                  ...upload,
                  confirmRemovals: confirmed,
                  planDigest: report.planDigest,
                })
              }
            >
              {commit.pending ? "Mengimpor …" : "Impor"}
            </Button>
            {!report.ok && (
              <p className="text-sm text-red-800">
                Perbaiki kesalahan di berkas lalu unggah lagi; tidak ada yang disimpan.
              </p>
            )}
          </div>
          <ActionError error={commit.error} onReload={commit.reload} />
        </div>
      )}
      {done && (
        <p
          className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900"
          role="status"
          data-testid="import-done"
        >
          {done.fileName} diimpor: {done.created} baru, {done.updated} diubah, {done.removed} dihapus.{" "}
          <Link href={treeHref} className="underline">
            Lihat pohon anggaran
          </Link>
          <Button
            type="button"
            variant="secondary"
            className="ml-3"
            onClick={() => {
              setPickerKey((key) => key + 1);
              void choose(undefined);
            }}
          >
            Impor berkas lain
          </Button>
        </p>
      )}
    </section>
  );
}
