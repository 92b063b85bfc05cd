import { z } from "@/lib/inputs/zod";
import { recordId, textField } from "./fields";

export const reviewTargets = ["LaporanKinerja", "Program", "Kegiatan", "SubKegiatan", "Indikator"] as const;
export type ReviewTarget = (typeof reviewTargets)[number];

export const createReviewNoteInput = z.object({
  laporanId: recordId,
  entity: z.enum(reviewTargets),
  entityId: recordId,
  body: textField("Catatan reviu", { max: 5000 }),
});
