import "server-only";
import { deleteBuktiInput } from "@/lib/inputs/bukti";
import { db } from "../db";
import { findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { fileStore } from "../storage/file-store";
import { buktiAudit } from "./bukti-audit";

/** Removes a bukti dukung: a planner of the OPD, of its target's bidang for a bidang-limited one. */
export const deleteBukti = defineMutation({
  name: "bukti.delete",
  input: deleteBuktiInput,
  async run({ principal, input, audit }) {
    const bukti = await findForWrite(
      principal,
      "plan:edit",
      db.attachment.findFirst({
        where: { id: input.attachmentId, pemdaId: principal.pemdaId, kind: "BUKTI_DUKUNG" },
      }),
      (row) => ({ pemdaId: row.pemdaId, opdId: row.opdId, bidangId: row.bidangId }),
    );
    return db.$transaction(async (tx) => {
      const { count } = await tx.attachment.deleteMany({ where: { id: bukti.id, pemdaId: bukti.pemdaId } });
      if (count === 0) return { id: bukti.id };
      await fileStore.delete(tx, bukti.pemdaId, bukti.storageKey);
      await audit(tx, {
        opdId: bukti.opdId,
        year: bukti.year,
        entity: "BuktiDukung",
        entityId: bukti.id,
        oldValues: buktiAudit(bukti),
      });
      return { id: bukti.id };
    });
  },
});
