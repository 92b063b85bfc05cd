import type { ReviewNoteStatus } from "@/lib/generated/prisma/enums";

/**
 * A note's status after a reply: the OPD answering makes it "dijawab"; the reviewer answering hands it back
 * to the OPD ("terbuka"). A closed note takes no reply until the reviewer reopens it (null).
 */
export function statusAfterReply(status: ReviewNoteStatus, byReviewer: boolean): ReviewNoteStatus | null {
  if (status === "SELESAI") return null;
  return byReviewer ? "TERBUKA" : "DIJAWAB";
}

/** Only the reviewer closes a note (from terbuka or dijawab) and reopens a closed one. */
export function canMoveNote(from: ReviewNoteStatus, to: ReviewNoteStatus): boolean {
  return to === "SELESAI" ? from !== "SELESAI" : to === "TERBUKA" && from === "SELESAI";
}
