import "server-only";
import type { Action, Principal } from "@/lib/auth/permissions";
import type { Tx } from "../db";
import { findForWrite } from "../mutations/authorize";

/**
 * The review note a reply or a status change acts on, with its OPD-year: NOT_FOUND outside the principal's
 * region or OPD, and for a bidang-limited planner a note on another bidang's item; FORBIDDEN without `action`.
 */
export function findNoteForWrite(tx: Tx, principal: Principal, action: Action, noteId: string) {
  return findForWrite(
    principal,
    action,
    tx.reviewNote.findFirst({
      where: { id: noteId, pemdaId: principal.pemdaId },
      include: {
        laporan: { select: { opdId: true, year: true, opd: { select: { slug: true, name: true } } } },
        replies: { select: { authorId: true } },
      },
    }),
    (note) => ({
      pemdaId: note.pemdaId,
      opdId: note.laporan.opdId,
      // A note on the whole OPD (no bidang) is every planner's of the OPD.
      ...(note.bidangId ? { bidangId: note.bidangId } : {}),
    }),
  );
}

/** Everyone who wrote in the conversation so far. */
export const participants = (note: { authorId: string | null; replies: { authorId: string | null }[] }) =>
  [note.authorId, ...note.replies.map((reply) => reply.authorId)].filter((id): id is string => !!id);
