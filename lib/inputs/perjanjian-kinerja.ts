import { z } from "@/lib/inputs/zod";

export const signPerjanjianKinerjaInput = z.object({
  perjanjianKinerjaId: z.string().min(1),
  version: z.number().int(),
});
