import "server-only";
import { deleteAttachmentInput } from "@/lib/inputs/profile";
import { db } from "../db";
import { assertYearEditable } from "../laporan/lock-laporan";
import { authorize, findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { fileStore } from "../storage/file-store";
import { attachmentAudit } from "./attachment-record";

/** The region's logo belongs to the region; an OPD-year's image to the whole OPD (no bidang). */
const scopeOf = (row: { pemdaId: string; opdId: string | null }) =>
  row.opdId === null ? { pemdaId: row.pemdaId } : { pemdaId: row.pemdaId, opdId: row.opdId, bidangId: null };

/**
 * Removes an uploaded image: an OPD-year's (whole-OPD planners, while the year is open) or the region's
 * logo (the administrator).
 */
export const deleteAttachment = defineMutation({
  name: "attachment.delete",
  input: deleteAttachmentInput,
  async run({ principal, input, audit }) {
    const attachment = await findForWrite(
      principal,
      null,
      db.attachment.findFirst({
        where: { id: input.attachmentId, pemdaId: principal.pemdaId, kind: { not: "BUKTI_DUKUNG" } },
      }),
      scopeOf,
    );
    authorize(
      principal,
      attachment.kind === "LOGO_PEMDA" ? "organisation:manage" : "plan:edit",
      scopeOf(attachment),
    );
    return db.$transaction(async (tx) => {
      if (attachment.opdId !== null && attachment.year !== null) {
        await assertYearEditable(tx, {
          pemdaId: attachment.pemdaId,
          opdId: attachment.opdId,
          year: attachment.year,
        });
      }
      await tx.attachment.delete({ where: { id: attachment.id } });
      await fileStore.delete(tx, attachment.pemdaId, attachment.storageKey);
      await audit(tx, {
        opdId: attachment.opdId,
        year: attachment.year,
        entity: "Attachment",
        entityId: attachment.id,
        oldValues: attachmentAudit(attachment),
      });
      return { id: attachment.id };
    });
  },
});
