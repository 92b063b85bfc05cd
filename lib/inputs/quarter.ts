import { z } from "@/lib/inputs/zod";

/** A triwulan as typed in a URL ("1".."4"). */
export const quarterSchema = z.coerce
  .number()
  .pipe(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]));
