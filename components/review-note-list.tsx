import Link from "next/link";
import type { ReviewNoteStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/format";
import { reviewNoteStatusLabel } from "@/lib/vocabulary";
import { ReviewNoteStatusButton } from "./forms/review-note-status-button";
import { ReviewReplyForm } from "./forms/review-reply-form";

type Written = { id: string; body: string; createdAt: Date; author: { name: string } | null };
export type Note = Written & {
  entityLabel: string;
  status: ReviewNoteStatus;
  version: number;
  replies: Written[];
};

const statusClass: Record<ReviewNoteStatus, string> = {
  TERBUKA: "bg-amber-100 text-amber-900",
  DIJAWAB: "bg-sky-100 text-sky-900",
  SELESAI: "bg-emerald-100 text-emerald-900",
};

export function NoteStatusBadge({ status }: { status: ReviewNoteStatus }) {
  return (
    <span
      className={`rounded px-2 py-0.5 text-xs font-medium ${statusClass[status]}`}
      data-testid="note-status"
    >
      {reviewNoteStatusLabel[status]}
    </span>
  );
}

const byline = (written: Written) =>
  `${written.author?.name ?? "—"} · ${formatDateTime(written.createdAt)} WIB`;

/**
 * Review notes as conversations: status, the note, its replies. `controls` adds the reply form (OPD and
 * reviewer) and closing or reopening (reviewer); `conversationHref` links elsewhere to the notes page.
 */
export function ReviewNoteList({
  notes,
  showItem = false,
  controls,
  conversationHref,
  buktiHref,
}: {
  notes: Note[];
  showItem?: boolean;
  controls?: { reply: boolean; moderate: boolean };
  conversationHref?: string;
  /** The OPD-year's bukti dukung page: each note links to the evidence attached to it. */
  buktiHref?: string;
}) {
  if (notes.length === 0) return <p className="text-sm text-slate-600">Belum ada catatan reviu.</p>;
  return (
    <ul className="space-y-3" data-testid="review-notes">
      {notes.map((note) => (
        <li
          key={note.id}
          id={`catatan-${note.id}`}
          className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm"
          data-testid="review-note"
        >
          <div className="flex flex-wrap items-center gap-2">
            <NoteStatusBadge status={note.status} />
            {showItem && <span className="font-medium break-words">{note.entityLabel}</span>}
          </div>
          <p className="mt-1 break-words whitespace-pre-line">{note.body}</p>
          <div className="mt-1 text-xs text-slate-600">{byline(note)}</div>
          {note.replies.length > 0 && (
            <ul className="mt-2 space-y-2 border-l-2 border-amber-300 pl-3" data-testid="review-replies">
              {note.replies.map((reply) => (
                <li key={reply.id}>
                  <p className="break-words whitespace-pre-line">{reply.body}</p>
                  <div className="text-xs text-slate-600">{byline(reply)}</div>
                </li>
              ))}
            </ul>
          )}
          {buktiHref && (
            <Link
              href={`${buktiHref}?catatan=${note.id}`}
              className="mt-2 mr-4 inline-block text-xs text-emerald-800 hover:underline"
              data-testid="note-bukti-link"
            >
              Bukti dukung
            </Link>
          )}
          {conversationHref && (
            <Link
              href={`${conversationHref}#catatan-${note.id}`}
              className="mt-2 inline-block text-xs text-emerald-800 hover:underline"
            >
              Buka percakapan ({note.replies.length} balasan)
            </Link>
          )}
          {controls && (
            <div className="mt-3 space-y-2">
              {controls.reply && note.status !== "SELESAI" && <ReviewReplyForm noteId={note.id} />}
              {controls.moderate && (
                <ReviewNoteStatusButton noteId={note.id} status={note.status} version={note.version} />
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
