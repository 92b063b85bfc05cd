import "server-only";
import { InvalidInputError } from "@/lib/errors";
import { uploadAttachmentInput } from "@/lib/inputs/profile";
import { db } from "../db";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findOpdForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { sha256Hex } from "../sha256";
import { fileStore } from "../storage/file-store";
import { attachmentAudit } from "./attachment-record";
import { lockProfilePart } from "./lock-opd-year-profile";

/**
 * Stores an image of an OPD-year (PNG or JPEG, at most 2 MB, checked by the input schema from the bytes):
 * the struktur organisasi (replacing the previous one), a documentation photo of a program or kegiatan
 * of the year (by kode), or a Lampiran image. Whole-OPD planners only.
 */
export const uploadAttachment = defineMutation({
  name: "attachment.upload",
  input: uploadAttachmentInput,
  async run({ principal, input, audit }) {
    const opd = await findOpdForWrite(db, principal, "plan:edit", input.opdId, (opd) => ({
      pemdaId: opd.pemdaId,
      opdId: opd.id,
      bidangId: null,
    }));
    const key = { pemdaId: opd.pemdaId, opdId: opd.id, year: input.year };
    const ownerCode = input.kind === "DOKUMENTASI" ? input.ownerCode : "";
    if (ownerCode !== "") {
      const [program, kegiatan] = await Promise.all([
        db.program.findFirst({ where: { ...key, code: ownerCode }, select: { id: true } }),
        db.kegiatan.findFirst({ where: { ...key, code: ownerCode }, select: { id: true } }),
      ]);
      if (!program && !kegiatan) {
        const message = `Kode ${ownerCode} bukan program atau kegiatan tahun ${input.year}`;
        throw new InvalidInputError(message, { ownerCode: message });
      }
    }
    const { bytes, mimeType } = input.file;
    return db.$transaction(async (tx) => {
      await assertYearEditable(tx, key);
      await lockProfilePart(tx, "attachment", opd.id, input.year);
      const replaced =
        input.kind === "STRUKTUR_ORGANISASI"
          ? await tx.attachment.findFirst({ where: { ...key, kind: input.kind } })
          : null;
      if (replaced) {
        await tx.attachment.delete({ where: { id: replaced.id } });
        await fileStore.delete(tx, replaced.pemdaId, replaced.storageKey);
      }
      const last = await tx.attachment.findFirst({
        where: { ...key, kind: input.kind, ownerCode },
        orderBy: { position: "desc" },
        select: { position: true },
      });
      const created = await tx.attachment.create({
        data: {
          ...key,
          kind: input.kind,
          ownerCode,
          caption: input.caption,
          mimeType,
          sha256: sha256Hex(bytes),
          size: bytes.length,
          storageKey: await fileStore.put(tx, opd.pemdaId, bytes),
          position: (last?.position ?? -1) + 1,
          createdById: principal.userId,
        },
        select: {
          id: true,
          kind: true,
          ownerCode: true,
          caption: true,
          sha256: true,
          size: true,
          mimeType: true,
        },
      });
      await audit(tx, {
        opdId: opd.id,
        year: input.year,
        entity: "Attachment",
        entityId: created.id,
        oldValues: replaced ? attachmentAudit(replaced) : undefined,
        newValues: attachmentAudit(created),
      });
      return { id: created.id, sha256: created.sha256 };
    });
  },
});
