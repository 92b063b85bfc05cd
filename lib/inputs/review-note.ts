import { z } from "@/lib/inputs/zod";

export const reviewTargets = ["LaporanKinerja", "Program", "Kegiatan", "SubKegiatan", "Indikator"] as const;
export type ReviewTarget = (typeof reviewTargets)[number];

export const createReviewNoteInput = z.object({
  laporanId: z.string().min(1),
  entity: z.enum(reviewTargets),
  entityId: z.string().min(1),
  body: z.string().trim().min(1, "Catatan reviu tidak boleh kosong").max(5000),
});
