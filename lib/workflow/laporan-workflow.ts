import type { LaporanStatus } from "@/lib/generated/prisma/enums";
import type { Action } from "@/lib/auth/permissions";

export type { LaporanStatus };

export type Transition = {
  from: LaporanStatus;
  to: LaporanStatus;
  action: Action;
  /** Label of the button that makes the move. */
  label: string;
  /** A return needs the reviewer's notes; a reopen needs its reason. */
  noteRequired: boolean;
};

export const transitions: readonly Transition[] = [
  {
    from: "DRAFT",
    to: "DIAJUKAN",
    action: "laporan:submit",
    label: "Ajukan untuk reviu",
    noteRequired: false,
  },
  {
    from: "DIKEMBALIKAN",
    to: "DIAJUKAN",
    action: "laporan:submit",
    label: "Ajukan kembali",
    noteRequired: false,
  },
  {
    from: "DIAJUKAN",
    to: "DIKEMBALIKAN",
    action: "laporan:review",
    label: "Kembalikan dengan catatan",
    noteRequired: true,
  },
  { from: "DIAJUKAN", to: "DIREVIU", action: "laporan:review", label: "Reviu selesai", noteRequired: false },
  { from: "DIREVIU", to: "FINAL", action: "laporan:finalize", label: "Tetapkan final", noteRequired: false },
  { from: "FINAL", to: "DRAFT", action: "laporan:reopen", label: "Buka kembali", noteRequired: true },
];

export function findTransition(from: LaporanStatus, to: LaporanStatus): Transition | undefined {
  return transitions.find((t) => t.from === from && t.to === to);
}

/** Reported figures and narrative change only while planners hold the report. */
export function isEditable(status: LaporanStatus): boolean {
  return status === "DRAFT" || status === "DIKEMBALIKAN";
}

/**
 * Finalising over open errors (Kesalahan of the integrity checks) needs a written reason, kept with the
 * transition and in the audit; any other move needs one only when the table says so.
 */
export function needsReason(move: Pick<Transition, "to" | "noteRequired">, openErrors: number): boolean {
  return move.noteRequired || (move.to === "FINAL" && openErrors > 0);
}
