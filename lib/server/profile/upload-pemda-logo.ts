import "server-only";
import { uploadPemdaLogoInput } from "@/lib/inputs/profile";
import { db } from "../db";
import { authorize } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { sha256Hex } from "../sha256";
import { fileStore } from "../storage/file-store";
import { attachmentAudit } from "./attachment-record";

/** The region's logo on every LKIP cover (PNG or JPEG, at most 2 MB), replacing the previous one. */
export const uploadPemdaLogo = defineMutation({
  name: "pemdaLogo.upload",
  input: uploadPemdaLogoInput,
  async run({ principal, input, audit }) {
    authorize(principal, "organisation:manage", { pemdaId: principal.pemdaId });
    const { bytes, mimeType } = input.file;
    return db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Pemda" WHERE "id" = ${principal.pemdaId} FOR UPDATE`;
      const replaced = await tx.attachment.findFirst({
        where: { pemdaId: principal.pemdaId, opdId: null, kind: "LOGO_PEMDA" },
      });
      if (replaced) {
        await tx.attachment.delete({ where: { id: replaced.id } });
        await fileStore.delete(tx, replaced.pemdaId, replaced.storageKey);
      }
      const created = await tx.attachment.create({
        data: {
          pemdaId: principal.pemdaId,
          kind: "LOGO_PEMDA",
          caption: input.caption,
          mimeType,
          sha256: sha256Hex(bytes),
          size: bytes.length,
          storageKey: await fileStore.put(tx, principal.pemdaId, bytes),
          createdById: principal.userId,
        },
      });
      await audit(tx, {
        opdId: null,
        year: null,
        entity: "Attachment",
        entityId: created.id,
        oldValues: replaced ? attachmentAudit(replaced) : undefined,
        newValues: attachmentAudit(created),
      });
      return { id: created.id, sha256: created.sha256 };
    });
  },
});
