import { z } from "@/lib/inputs/zod";
import { recordId, textField } from "./fields";

/** What a note may be about: the whole OPD-year (its LKIP), a plan item, an indicator or an LKIP section. */
export const reviewTargets = [
  "LaporanKinerja",
  "Program",
  "Kegiatan",
  "SubKegiatan",
  "Indikator",
  "NarrativeSection",
] as const;
export type ReviewTarget = (typeof reviewTargets)[number];

export const createReviewNoteInput = z.object({
  laporanId: recordId,
  entity: z.enum(reviewTargets),
  entityId: recordId,
  body: textField("Catatan reviu", { max: 5000 }),
});

export const replyReviewNoteInput = z.object({
  noteId: recordId,
  body: textField("Balasan", { max: 5000 }),
});

export const setReviewNoteStatusInput = z.object({
  noteId: recordId,
  status: z.enum(["SELESAI", "TERBUKA"]),
  version: z.number().int().positive(),
});
