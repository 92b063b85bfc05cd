"use server";

import { saveIndikator } from "@/lib/server/indicators/save-indikator";
import { saveTargetIndikator } from "@/lib/server/indicators/save-target-indikator";
import { serverAction } from "@/lib/server/mutations/server-action";

export const saveIndikatorAction = serverAction(saveIndikator);
export const saveTargetIndikatorAction = serverAction(saveTargetIndikator);
