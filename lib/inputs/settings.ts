import { z } from "@/lib/inputs/zod";
import { calcSettingsSchema } from "@/lib/calc/settings";

export const updateCalcSettingsInput = z.object({ settings: calcSettingsSchema });
