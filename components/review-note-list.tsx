import { formatDateTime } from "@/lib/format";

type Note = {
  id: string;
  body: string;
  entityLabel: string;
  createdAt: Date;
  author: { name: string } | null;
};

export function ReviewNoteList({ notes, showItem = false }: { notes: Note[]; showItem?: boolean }) {
  if (notes.length === 0) return <p className="text-sm text-slate-600">Belum ada catatan reviu.</p>;
  return (
    <ul className="space-y-2" data-testid="review-notes">
      {notes.map((note) => (
        <li key={note.id} className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm">
          {showItem && <div className="font-medium">{note.entityLabel}</div>}
          <p className="whitespace-pre-line">{note.body}</p>
          <div className="mt-1 text-xs text-slate-600">
            {note.author?.name ?? "—"} · {formatDateTime(note.createdAt)} WIB
          </div>
        </li>
      ))}
    </ul>
  );
}
