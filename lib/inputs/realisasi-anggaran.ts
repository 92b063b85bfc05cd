import { z } from "@/lib/inputs/zod";
import { rupiahTextSchema } from "@/lib/parse/indonesian-number";

export const reportPeriods = ["TW1", "TW2", "TW3", "TW4", "TAHUNAN"] as const;

export const saveRealisasiAnggaranInput = z.object({
  subKegiatanId: z.string().min(1),
  period: z.enum(reportPeriods),
  amount: rupiahTextSchema,
  /** The version the user edited; null when they filled an empty period. */
  version: z.number().int().nullable(),
});
