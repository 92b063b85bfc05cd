import "server-only";
import { AppError } from "@/lib/errors";
import { setReviewNoteStatusInput } from "@/lib/inputs/review-note";
import { notesHref } from "@/lib/review/notes-href";
import { canMoveNote } from "@/lib/review/note-status";
import { reviewNoteStatusLabel } from "@/lib/vocabulary";
import { db } from "../db";
import { defineMutation } from "../mutations/define-mutation";
import { saveVersioned } from "../mutations/versioned";
import { mailNotices } from "../notifications/mail-notices";
import { notify, opdAudience } from "../notifications/notify";
import { findNoteForWrite, participants } from "./find-note-for-write";

/** The reviewer closes a note ("selesai") or reopens a closed one. */
export const setReviewNoteStatus = defineMutation({
  name: "reviewNote.status",
  input: setReviewNoteStatusInput,
  async run({ principal, input, audit }) {
    const { result, notices } = await db.$transaction(async (tx) => {
      const note = await findNoteForWrite(tx, principal, "reviewNote:write", input.noteId);
      const stale = async () => {
        const now = await tx.reviewNote.findUniqueOrThrow({ where: { id: note.id } });
        return new AppError(
          "CONFLICT",
          `Catatan telah diubah oleh pengguna lain (status: ${reviewNoteStatusLabel[now.status]}). Muat ulang halaman.`,
        );
      };
      if (note.version !== input.version) throw await stale();
      if (!canMoveNote(note.status, input.status)) {
        throw new AppError(
          "INVALID",
          `Catatan berstatus ${reviewNoteStatusLabel[note.status]} tidak dapat diubah menjadi ${reviewNoteStatusLabel[input.status]}.`,
        );
      }
      const saved = await saveVersioned({
        existing: note,
        expectedVersion: input.version,
        update: (where) =>
          tx.reviewNote.updateMany({ where, data: { status: input.status, version: { increment: 1 } } }),
        stale,
      });
      await audit(tx, {
        opdId: note.laporan.opdId,
        year: note.laporan.year,
        entity: "ReviewNote",
        entityId: note.id,
        oldValues: { noteStatus: note.status },
        newValues: { noteStatus: input.status },
      });
      const { opd, year } = note.laporan;
      const verb = input.status === "SELESAI" ? "ditutup (selesai)" : "dibuka kembali";
      const notices = await notify(tx, {
        pemdaId: note.pemdaId,
        actorId: principal.userId,
        userIds: [
          ...participants(note),
          ...(await opdAudience(tx, {
            pemdaId: note.pemdaId,
            opdId: note.laporan.opdId,
            bidangId: note.bidangId ?? undefined,
          })),
        ],
        kind: "STATUS_CATATAN",
        title: `Catatan reviu ${opd.name} ${year} ${verb}: ${note.entityLabel}`,
        href: notesHref(opd.slug, year, note.id),
      });
      return { result: { status: input.status, version: saved.version }, notices };
    });
    await mailNotices(notices);
    return result;
  },
});
