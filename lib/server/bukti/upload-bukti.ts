import "server-only";
import { env } from "@/lib/env";
import { InvalidInputError } from "@/lib/errors";
import { formatFileSize, isPrintableImage } from "@/lib/inputs/image";
import { uploadBuktiInput } from "@/lib/inputs/bukti";
import { db } from "../db";
import { authorize, findOpdForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { lockProfilePart } from "../profile/lock-opd-year-profile";
import { sha256Hex } from "../sha256";
import { fileStore } from "../storage/file-store";
import { buktiAudit } from "./bukti-audit";
import { findBuktiTarget } from "./find-bukti-target";

/**
 * Stores one bukti dukung of an OPD-year (type, size and name checked from the bytes by the input
 * schema) on its target, within the planner's bidang and the OPD-year's quota; all or nothing. A PNG or
 * JPEG of a sub kegiatan that the LKIP can print (at most 2 MB) is kept under the sub kegiatan's kode.
 */
export const uploadBukti = defineMutation({
  name: "bukti.upload",
  input: uploadBuktiInput,
  async run({ principal, input, audit }) {
    const opd = await findOpdForWrite(db, principal, "plan:edit", input.opdId);
    const key = { pemdaId: opd.pemdaId, opdId: opd.id, year: input.year };
    const { fileName, bytes, mimeType } = input.file;
    return db.$transaction(async (tx) => {
      const laporan = await tx.laporanKinerja.findFirst({ where: key, select: { id: true } });
      if (!laporan) throw new InvalidInputError(`Tahun ${input.year} belum dibuka untuk OPD ini`, {});
      const target = await findBuktiTarget(tx, key, input);
      authorize(principal, "plan:edit", { ...key, bidangId: target.bidangId });
      // Uploads of one OPD-year queue here, so two of them cannot both fit the quota that one of them fills.
      await lockProfilePart(tx, "bukti", opd.id, input.year);
      const used = await tx.attachment.aggregate({
        where: { ...key, kind: "BUKTI_DUKUNG" },
        _sum: { size: true },
      });
      const quota = env.BUKTI_QUOTA_MB * 1024 * 1024;
      const usedBytes = used._sum.size ?? 0;
      if (usedBytes + bytes.length > quota) {
        const message = `Berkas ${fileName} ditolak: kuota bukti dukung tahun ${input.year} (${formatFileSize(quota)}) terlampaui; terpakai ${formatFileSize(usedBytes)}, berkas ini ${formatFileSize(bytes.length)}. Hapus berkas yang tidak diperlukan lagi.`;
        throw new InvalidInputError(message, { file: message });
      }
      const created = await tx.attachment.create({
        data: {
          ...key,
          kind: "BUKTI_DUKUNG",
          // A photo of a sub kegiatan is its documentation: the LKIP prints it under its kegiatan.
          ownerCode: input.target === "SUB_KEGIATAN" && isPrintableImage(bytes) ? (target.code ?? "") : "",
          caption: target.label,
          fileName,
          mimeType,
          sha256: sha256Hex(bytes),
          size: bytes.length,
          storageKey: await fileStore.put(tx, opd.pemdaId, bytes),
          target: input.target,
          targetId: input.target === "KRITERIA_LKE" ? null : input.targetId,
          triwulan: input.target === "REALISASI_INDIKATOR" ? input.triwulan : null,
          lkeCode: input.target === "KRITERIA_LKE" ? input.lkeCode : "",
          bidangId: target.bidangId,
          createdById: principal.userId,
        },
      });
      await audit(tx, {
        opdId: opd.id,
        year: input.year,
        entity: "BuktiDukung",
        entityId: created.id,
        newValues: buktiAudit(created),
      });
      return { id: created.id, sha256: created.sha256 };
    });
  },
});
