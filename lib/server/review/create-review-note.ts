import "server-only";
import { notFound } from "@/lib/errors";
import { createReviewNoteInput, type ReviewTarget } from "@/lib/inputs/review-note";
import { db, type Tx } from "../db";
import { findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";

/** The label of a reviewed item, if it belongs to the LKIP's OPD-year. */
async function labelOf(
  tx: Tx,
  laporan: { id: string; pemdaId: string; opdId: string; year: number },
  entity: ReviewTarget,
  id: string,
): Promise<string | null> {
  const ofYear = { id, pemdaId: laporan.pemdaId, opdId: laporan.opdId, year: laporan.year };
  const label = (row: { code: string; name: string } | null) => row && `${row.code} ${row.name}`;
  switch (entity) {
    case "LaporanKinerja":
      return id === laporan.id ? `LKIP ${laporan.year}` : null;
    case "Program":
      return label(await tx.program.findFirst({ where: ofYear }));
    case "Kegiatan":
      return label(await tx.kegiatan.findFirst({ where: ofYear }));
    case "SubKegiatan":
      return label(await tx.subKegiatan.findFirst({ where: ofYear }));
    case "Indikator": {
      // The indicator's owner must be an item of this OPD-year, or a sasaran/tujuan of its Renstra.
      const ofOpdYear = { opdId: laporan.opdId, year: laporan.year };
      const renstra = {
        periode: { opdId: laporan.opdId, startYear: { lte: laporan.year }, endYear: { gte: laporan.year } },
      };
      const indikator = await tx.indikator.findFirst({
        where: {
          id,
          pemdaId: laporan.pemdaId,
          OR: [
            { program: ofOpdYear },
            { kegiatan: ofOpdYear },
            { subKegiatan: ofOpdYear },
            { sasaran: { tujuan: renstra } },
            { tujuan: renstra },
          ],
        },
      });
      return indikator && `Indikator ${indikator.name}`;
    }
  }
}

/** Catatan reviu of the inspectorate on the LKIP or one of its items. */
export const createReviewNote = defineMutation({
  name: "reviewNote.create",
  input: createReviewNoteInput,
  async run({ principal, input, audit }) {
    return db.$transaction(async (tx) => {
      const laporan = await findForWrite(
        principal,
        "reviewNote:write",
        tx.laporanKinerja.findFirst({ where: { id: input.laporanId, pemdaId: principal.pemdaId } }),
        (laporan) => ({ pemdaId: laporan.pemdaId, opdId: laporan.opdId }),
      );
      const entityLabel = await labelOf(tx, laporan, input.entity, input.entityId);
      if (!entityLabel) throw notFound();
      const note = await tx.reviewNote.create({
        data: {
          pemdaId: laporan.pemdaId,
          laporanId: laporan.id,
          entity: input.entity,
          entityId: input.entityId,
          entityLabel,
          body: input.body,
          authorId: principal.userId,
        },
      });
      await audit(tx, {
        opdId: laporan.opdId,
        year: laporan.year,
        entity: input.entity,
        entityId: input.entityId,
        newValues: { note: input.body },
      });
      return { id: note.id };
    });
  },
});
