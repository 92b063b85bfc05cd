import "server-only";
import { visibleNotes } from "@/lib/review/visible-notes";
import type { OpdYearContext } from "../opd-year/opd-year-context";

/** The OPD-year's review notes with their replies that the principal may read (read with the context). */
export function loadReviewNotes(context: Pick<OpdYearContext, "laporan" | "bidangFilter">) {
  return visibleNotes(context.laporan.reviewNotes, context.bidangFilter);
}

export type ReviewNoteWithReplies = ReturnType<typeof loadReviewNotes>[number];
