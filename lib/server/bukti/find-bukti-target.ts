import "server-only";
import type { UploadBuktiInput } from "@/lib/inputs/bukti";
import { notFound } from "@/lib/errors";
import { quarterLabel } from "@/lib/vocabulary";
import type { Tx } from "../db";
import type { OpdYearKey } from "../opd-year/opd-year-key";
import { findIndicators } from "../realisasi/find-grid-items";

/** What a bukti dukung is attached to: its label on the page and its bidang (null: the whole OPD). */
export type BuktiTargetInfo = {
  label: string;
  bidangId: string | null;
  /** SUB_KEGIATAN: its kode, under which the LKIP prints its documentation photos. */
  code?: string;
};

/**
 * The target of an upload, within the OPD-year: an indicator of its programs, kegiatan or sub kegiatan
 * (whose realisasi the grid takes), one of its sub kegiatan, a review note on its LKIP, or an LKE
 * criterion (the whole OPD). NOT_FOUND for anything outside the OPD-year.
 */
export async function findBuktiTarget(
  tx: Tx,
  key: OpdYearKey,
  input: Pick<UploadBuktiInput, "target" | "targetId" | "triwulan" | "lkeCode">,
): Promise<BuktiTargetInfo> {
  switch (input.target) {
    case "REALISASI_INDIKATOR": {
      const indicator = (await findIndicators(tx, key, [input.targetId])).get(input.targetId);
      if (!indicator) throw notFound();
      const quarter = input.triwulan as 1 | 2 | 3 | 4;
      return {
        label: `Realisasi ${quarterLabel(quarter)}: ${indicator.label}`,
        bidangId: indicator.bidangId,
      };
    }
    case "SUB_KEGIATAN": {
      const sub = await tx.subKegiatan.findFirst({
        where: { id: input.targetId, ...key },
        select: { code: true, name: true, bidangId: true },
      });
      if (!sub) throw notFound();
      return { label: `Sub kegiatan ${sub.code} ${sub.name}`, bidangId: sub.bidangId, code: sub.code };
    }
    case "CATATAN_REVIU": {
      const note = await tx.reviewNote.findFirst({
        where: { id: input.targetId, pemdaId: key.pemdaId, laporan: { opdId: key.opdId, year: key.year } },
        select: { entityLabel: true, bidangId: true },
      });
      if (!note) throw notFound();
      return { label: `Catatan reviu: ${note.entityLabel}`, bidangId: note.bidangId };
    }
    case "KRITERIA_LKE":
      return { label: `Kriteria LKE ${input.lkeCode}`, bidangId: null };
  }
}
