"use server";

import { saveNarrative } from "@/lib/server/narrative/save-narrative";
import { runAsCurrentUser } from "@/lib/server/mutations/run-as-current-user";

export async function saveNarrativeAction(input: unknown) {
  return runAsCurrentUser(saveNarrative, input);
}
