import "server-only";
import { notFound } from "@/lib/errors";
import { narrativeSections } from "@/lib/inputs/narrative";
import { createReviewNoteInput, type ReviewTarget } from "@/lib/inputs/review-note";
import { narrativeSectionLabel } from "@/lib/vocabulary";
import { db, type Tx } from "../db";
import { findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { mailNotices } from "../notifications/mail-notices";
import { notify, opdAudience } from "../notifications/notify";
import { notesHref } from "@/lib/review/notes-href";

type Reviewed = { label: string; bidangId: string | null };

/** The label and owning bidang of a reviewed item, if it belongs to the LKIP's OPD-year. */
async function reviewedItem(
  tx: Tx,
  laporan: { id: string; pemdaId: string; opdId: string; year: number },
  entity: ReviewTarget,
  id: string,
): Promise<Reviewed | null> {
  const ofYear = { id, pemdaId: laporan.pemdaId, opdId: laporan.opdId, year: laporan.year };
  const item = (row: { code: string; name: string; bidangId: string | null } | null) =>
    row && { label: `${row.code} ${row.name}`, bidangId: row.bidangId };
  switch (entity) {
    case "LaporanKinerja":
      return id === laporan.id ? { label: `Seluruh OPD tahun ${laporan.year}`, bidangId: null } : null;
    case "NarrativeSection": {
      const section = narrativeSections.find((s) => s === id);
      return section ? { label: `Bagian LKIP: ${narrativeSectionLabel[section]}`, bidangId: null } : null;
    }
    case "Program":
      return item(await tx.program.findFirst({ where: ofYear }));
    case "Kegiatan":
      return item(await tx.kegiatan.findFirst({ where: ofYear }));
    case "SubKegiatan":
      return item(await tx.subKegiatan.findFirst({ where: ofYear }));
    case "Indikator": {
      // The indicator's owner must be an item of this OPD-year, or a sasaran/tujuan of its Renstra.
      const ofOpdYear = { opdId: laporan.opdId, year: laporan.year };
      const renstra = {
        periode: { opdId: laporan.opdId, startYear: { lte: laporan.year }, endYear: { gte: laporan.year } },
      };
      const owner = { select: { bidangId: true } };
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
        include: { program: owner, kegiatan: owner, subKegiatan: owner },
      });
      if (!indikator) return null;
      // An item's indicator belongs to the item's bidang; a sasaran's or tujuan's to the whole OPD.
      const itemOwner = indikator.program ?? indikator.kegiatan ?? indikator.subKegiatan;
      return { label: `Indikator ${indikator.name}`, bidangId: itemOwner?.bidangId ?? null };
    }
  }
}

/** Catatan reviu of the inspectorate on the OPD-year or one of its items, sent to the OPD it concerns. */
export const createReviewNote = defineMutation({
  name: "reviewNote.create",
  input: createReviewNoteInput,
  async run({ principal, input, audit }) {
    const { id, notices } = await db.$transaction(async (tx) => {
      const laporan = await findForWrite(
        principal,
        "reviewNote:write",
        tx.laporanKinerja.findFirst({
          where: { id: input.laporanId, pemdaId: principal.pemdaId },
          include: { opd: { select: { slug: true, name: true } } },
        }),
        (laporan) => ({ pemdaId: laporan.pemdaId, opdId: laporan.opdId }),
      );
      const item = await reviewedItem(tx, laporan, input.entity, input.entityId);
      if (!item) throw notFound();
      const note = await tx.reviewNote.create({
        data: {
          pemdaId: laporan.pemdaId,
          laporanId: laporan.id,
          entity: input.entity,
          entityId: input.entityId,
          entityLabel: item.label,
          bidangId: item.bidangId,
          body: input.body,
          authorId: principal.userId,
        },
      });
      await audit(tx, {
        opdId: laporan.opdId,
        year: laporan.year,
        entity: input.entity,
        entityId: input.entityId,
        newValues: { note: input.body, noteStatus: note.status },
      });
      const notices = await notify(tx, {
        pemdaId: laporan.pemdaId,
        actorId: principal.userId,
        userIds: await opdAudience(tx, { ...laporan, bidangId: item.bidangId ?? undefined }),
        kind: "CATATAN",
        title: `Catatan reviu baru untuk ${laporan.opd.name} ${laporan.year}: ${item.label}`,
        href: notesHref(laporan.opd.slug, laporan.year, note.id),
      });
      return { id: note.id, notices };
    });
    await mailNotices(notices);
    return { id };
  },
});
