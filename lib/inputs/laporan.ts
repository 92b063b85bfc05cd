import { z } from "@/lib/inputs/zod";

export const transitionLaporanInput = z.object({
  laporanId: z.string().min(1),
  to: z.enum(["DRAFT", "DIAJUKAN", "DIKEMBALIKAN", "DIREVIU", "FINAL"]),
  note: z.string().trim().max(5000).optional(),
  version: z.number().int(),
});
