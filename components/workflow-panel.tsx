"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { transitionLaporanAction } from "@/lib/actions/laporan";
import type { WorkflowMove } from "@/lib/auth/opd-year-rights";
import { buttonClass, inputClass } from "./forms/field-error";

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
  const router = useRouter();
  const [chosen, setChosen] = useState<WorkflowMove | null>(null);
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (move: WorkflowMove) => {
    setBusy(true);
    setMessage(null);
    const result = await transitionLaporanAction({
      laporanId,
      to: move.to,
      note: note || undefined,
      version,
    });
    setBusy(false);
    if (!result.ok) return setMessage(result.error.message);
    setChosen(null);
    setNote("");
    router.refresh();
  };

  if (moves.length === 0) return null;
  return (
    <div className="space-y-3" data-testid="workflow-actions">
      <div className="flex flex-wrap gap-2">
        {moves.map((move) => (
          <button
            key={move.to}
            type="button"
            className={buttonClass}
            disabled={busy}
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
            disabled={busy || !note.trim()}
            onClick={() => submit(chosen)}
          >
            Kirim: {chosen.label}
          </button>
        </div>
      )}
      {message && (
        <p className="rounded-md bg-red-50 p-3 text-sm text-red-800" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
