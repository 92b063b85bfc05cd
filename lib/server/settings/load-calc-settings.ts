import "server-only";
import { cache } from "react";
import { type CalcSettings, calcSettingsSchema } from "@/lib/calc/settings";
import { db } from "../db";

/**
 * The Pemda's predicate scale, plausibility band and cap; defaults where it set none. Read once per request
 * (React `cache`): a region's page evaluates many OPD-years under the same settings.
 */
export const loadCalcSettings = cache(async (pemdaId: string): Promise<CalcSettings> => {
  const pemda = await db.pemda.findUniqueOrThrow({ where: { id: pemdaId }, select: { settings: true } });
  return calcSettingsSchema.parse(pemda.settings ?? {});
});
