import "server-only";
import { type CalcSettings, calcSettingsSchema } from "@/lib/calc/settings";
import { db } from "../db";

/** The Pemda's predicate scale, plausibility band and cap; defaults where it set none. */
export async function loadCalcSettings(pemdaId: string): Promise<CalcSettings> {
  const pemda = await db.pemda.findUniqueOrThrow({ where: { id: pemdaId }, select: { settings: true } });
  return calcSettingsSchema.parse(pemda.settings ?? {});
}
