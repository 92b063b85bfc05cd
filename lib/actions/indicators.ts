"use server";

import { saveIndikator } from "@/lib/server/indicators/save-indikator";
import { saveTargetIndikator } from "@/lib/server/indicators/save-target-indikator";
import { runAsCurrentUser } from "@/lib/server/mutations/run-as-current-user";

export async function saveIndikatorAction(input: unknown) {
  return runAsCurrentUser(saveIndikator, input);
}

export async function saveTargetIndikatorAction(input: unknown) {
  return runAsCurrentUser(saveTargetIndikator, input);
}
