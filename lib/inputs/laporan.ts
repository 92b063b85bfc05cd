import { z } from "@/lib/inputs/zod";
import { optionalTextField, recordId } from "./fields";

export const transitionLaporanInput = z.object({
  laporanId: recordId,
  to: z.enum(["DRAFT", "DIAJUKAN", "DIKEMBALIKAN", "DIREVIU", "FINAL"]),
  note: optionalTextField("Catatan", { max: 5000 }),
  version: z.number().int(),
});
