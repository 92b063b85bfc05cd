import { ReviewNoteForm } from "@/components/forms/review-note-form";
import { type Note, ReviewNoteList } from "@/components/review-note-list";
import type { ReviewTargetOption } from "@/lib/review/review-targets";

/**
 * The review notes about a page's items (a sub kegiatan, a program and its kegiatan, an indicator's owner
 * and its indicators), each linking to its conversation, and for the reviewer a new note on one of them.
 */
export function ReviewNotesPanel({
  notes,
  laporanId,
  targets,
  canWrite,
  conversationHref,
}: {
  notes: Note[];
  laporanId: string;
  targets: ReviewTargetOption[];
  canWrite: boolean;
  conversationHref: string;
}) {
  return (
    <div className="space-y-3">
      <ReviewNoteList notes={notes} showItem={targets.length > 1} conversationHref={conversationHref} />
      {canWrite && targets.length > 0 && <ReviewNoteForm laporanId={laporanId} targets={targets} />}
    </div>
  );
}
