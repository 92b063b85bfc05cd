"use client";

import { useState } from "react";
import { transitionLaporanAction } from "@/lib/actions/laporan";
import type { WorkflowMove } from "@/lib/auth/opd-year-rights";
import { ActionError } from "./forms/action-error";
import { buttonClass, inputClass } from "./forms/field-error";
import { useMutationAction } from "./forms/use-mutation-action";

/** The moves the signed-in user may make from the current status (decided on the server). */
export function WorkflowPanel({
  laporanId,
  version,
  moves,
}: {
  laporanId: string;
  version: number;
  moves: WorkflowMove[];
}) {
  const [chosen, setChosen] = useState<WorkflowMove | null>(null);
  const [note, setNote] = useState("");
  const { run, pending, error, reload } = useMutationAction(transitionLaporanAction, {
    onSuccess: () => {
      setChosen(null);
      setNote("");
    },
  });
  const submit = (move: WorkflowMove) => run({ laporanId, to: move.to, note: note || undefined, version });

  if (moves.length === 0) return null;
  return (
    <div className="space-y-3" data-testid="workflow-actions">
      <div className="flex flex-wrap gap-2">
        {moves.map((move) => (
          <button
            key={move.to}
            type="button"
            className={buttonClass}
            disabled={pending}
            onClick={() => (move.noteRequired ? setChosen(move) : submit(move))}
          >
            {move.label}
          </button>
        ))}
      </div>
      {chosen && (
        <div className="space-y-2">
          <label className="block">
            <span className="text-sm font-medium">
              {chosen.to === "DRAFT" ? "Alasan membuka kembali" : "Catatan reviu"}
            </span>
            <textarea
              className={inputClass}
              rows={4}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
          <button
            type="button"
            className={buttonClass}
            disabled={pending || !note.trim()}
            onClick={() => submit(chosen)}
          >
            Kirim: {chosen.label}
          </button>
        </div>
      )}
      <ActionError error={error} labels={{ status: "Status sekarang" }} onReload={reload} />
    </div>
  );
}
