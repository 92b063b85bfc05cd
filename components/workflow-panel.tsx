"use client";

import { useState } from "react";
import { transitionLaporanAction } from "@/lib/actions/laporan";
import type { WorkflowMove } from "@/lib/auth/opd-year-rights";
import { formatCount } from "@/lib/format";
import { laporanStatusLabel } from "@/lib/vocabulary";
import type { OpenFindings } from "@/lib/views/open-findings";
import { needsReason, type LaporanStatus } from "@/lib/workflow/laporan-workflow";
import { ActionError } from "./forms/action-error";
import { useMutationAction } from "./forms/use-mutation-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/field";

function noteLabel(move: WorkflowMove, reasonRequired: boolean): string {
  if (move.to === "DRAFT") return "Alasan membuka kembali (wajib)";
  if (move.to === "DIKEMBALIKAN") return "Catatan reviu (wajib)";
  if (reasonRequired) return "Alasan menetapkan final meskipun masih ada kesalahan (wajib)";
  return "Catatan (tidak wajib)";
}

/**
 * The moves the signed-in user may make from the current status (decided on the server). Every move
 * asks for confirmation in a modal dialog that lists the open errors and warnings; finalising over open
 * errors needs a written reason (the server checks it again).
 */
export function WorkflowPanel({
  laporanId,
  version,
  status,
  moves,
  findings,
  openNotes,
}: {
  laporanId: string;
  version: number;
  status: LaporanStatus;
  moves: WorkflowMove[];
  findings: OpenFindings;
  /** Review notes not yet closed by the reviewer, named in the confirmation. */
  openNotes: number;
}) {
  const [chosen, setChosen] = useState<WorkflowMove | null>(null);
  const [note, setNote] = useState("");
  const { run, pending, error, clearError, reload } = useMutationAction(transitionLaporanAction, {
    onSuccess: () => {
      setChosen(null);
      setNote("");
    },
  });
  const { errors, warnings, items, listed } = findings;
  const reasonRequired = chosen ? needsReason(chosen, errors) : false;

  const open = (move: WorkflowMove) => {
    clearError();
    setChosen(move);
  };

  if (moves.length === 0) return null;
  return (
    <div className="space-y-3" data-testid="workflow-actions">
      <div className="flex flex-wrap gap-2">
        {moves.map((move) => (
          <Button key={move.to} type="button" onClick={() => open(move)}>
            {move.label}
          </Button>
        ))}
      </div>
      {chosen && (
        <ConfirmDialog
          title={`${chosen.label}?`}
          confirmLabel={`Ya, ${chosen.label}`}
          pending={pending}
          confirmDisabled={(chosen.noteRequired || reasonRequired) && !note.trim()}
          onConfirm={() => void run({ laporanId, to: chosen.to, note: note || undefined, version })}
          onClose={() => setChosen(null)}
        >
          <p className="text-sm text-slate-700">
            Status LKIP berubah dari <strong>{laporanStatusLabel[status]}</strong> menjadi{" "}
            <strong>{laporanStatusLabel[chosen.to]}</strong>.
            {chosen.to === "FINAL" &&
              " Setelah final, data tahun ini terkunci dan hanya administrator yang dapat membukanya kembali."}
          </p>
          <p className="text-sm text-slate-700" data-testid="dialog-open-notes">
            {openNotes === 0
              ? "Semua catatan reviu sudah selesai."
              : `${formatCount(openNotes)} catatan reviu belum selesai.`}
          </p>
          {errors + warnings === 0 ? (
            <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
              Tidak ada kesalahan atau peringatan terbuka.
            </p>
          ) : (
            <div className="space-y-2" data-testid="dialog-findings">
              <p className="text-sm font-medium">
                Masih terbuka: {errors} kesalahan ({formatCount(items.errors)} butir), {warnings} peringatan (
                {formatCount(items.warnings)} butir).
              </p>
              <p className="text-xs text-slate-600">
                Dihitung seperti di halaman laporan dan dasbor: satu temuan per aturan (dan triwulan). Final
                memerlukan alasan selama masih ada satu kesalahan pun.
              </p>
              <ul className="max-h-64 space-y-2 overflow-y-auto rounded-md border border-slate-200 p-3 text-sm">
                {listed.map((finding, index) => (
                  <li key={index} data-severity={finding.severity} className="break-words">
                    <span
                      className={
                        finding.severity === "ERROR"
                          ? "mr-2 rounded bg-red-100 px-1.5 text-xs font-medium text-red-900"
                          : "mr-2 rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900"
                      }
                    >
                      {finding.severity === "ERROR" ? "Kesalahan" : "Peringatan"}
                    </span>
                    <span className="font-medium">{finding.kind}</span>
                    {finding.items > 1 ? (
                      <>
                        {" "}
                        — {formatCount(finding.items)} butir, a.l. {finding.where}
                      </>
                    ) : (
                      <> — {finding.where}</>
                    )}
                    <div className="text-slate-700">{finding.message}</div>
                  </li>
                ))}
                {listed.length < errors + warnings && (
                  <li className="text-slate-600">
                    … dan {formatCount(errors + warnings - listed.length)} temuan lainnya (semuanya tercantum
                    di halaman perangkat daerah dan lembar pemeriksaan PDF).
                  </li>
                )}
              </ul>
            </div>
          )}
          <label className="block">
            <span className="text-sm font-medium">{noteLabel(chosen, reasonRequired)}</span>
            <textarea
              className={inputClass}
              rows={3}
              value={note}
              maxLength={5000}
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
          <ActionError error={error} labels={{ status: "Status sekarang" }} onReload={reload} />
        </ConfirmDialog>
      )}
    </div>
  );
}
