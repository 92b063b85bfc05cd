import "server-only";
import { hasPermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { replyReviewNoteInput } from "@/lib/inputs/review-note";
import { notesHref } from "@/lib/review/notes-href";
import { statusAfterReply } from "@/lib/review/note-status";
import { db } from "../db";
import { defineMutation } from "../mutations/define-mutation";
import { mailNotices } from "../notifications/mail-notices";
import { notify, opdAudience } from "../notifications/notify";
import { findNoteForWrite, participants } from "./find-note-for-write";

/** A reply in a note's conversation; the OPD answering marks the note "dijawab". */
export const replyReviewNote = defineMutation({
  name: "reviewNote.reply",
  input: replyReviewNoteInput,
  async run({ principal, input, audit }) {
    const { id, notices } = await db.$transaction(async (tx) => {
      const note = await findNoteForWrite(tx, principal, "reviewNote:reply", input.noteId);
      const byReviewer = hasPermission(principal, "reviewNote:write");
      const status = statusAfterReply(note.status, byReviewer);
      // Conditional on the status read: a note closed meanwhile takes no reply.
      const updated =
        status &&
        (await tx.reviewNote.updateMany({
          where: { id: note.id, status: note.status },
          data: { status, version: { increment: 1 } },
        }));
      if (!updated || updated.count === 0) {
        throw new AppError(
          "CONFLICT",
          "Catatan ini sudah ditutup; balasan tidak disimpan. Muat ulang halaman.",
        );
      }
      const reply = await tx.reviewReply.create({
        data: { pemdaId: note.pemdaId, noteId: note.id, body: input.body, authorId: principal.userId },
      });
      await audit(tx, {
        opdId: note.laporan.opdId,
        year: note.laporan.year,
        entity: "ReviewNote",
        entityId: note.id,
        oldValues: { noteStatus: note.status },
        newValues: { reply: input.body, noteStatus: status },
      });
      const { opd, year } = note.laporan;
      const addressed = byReviewer
        ? await opdAudience(tx, {
            pemdaId: note.pemdaId,
            opdId: note.laporan.opdId,
            bidangId: note.bidangId ?? undefined,
          })
        : [];
      const notices = await notify(tx, {
        pemdaId: note.pemdaId,
        actorId: principal.userId,
        userIds: [...participants(note), ...addressed],
        kind: "BALASAN",
        title: `${principal.name} membalas catatan reviu ${opd.name} ${year}: ${note.entityLabel}`,
        href: notesHref(opd.slug, year, note.id),
      });
      return { id: reply.id, notices };
    });
    await mailNotices(notices);
    return { id };
  },
});
