"use server";

import { saveNarrative } from "@/lib/server/narrative/save-narrative";
import { serverAction } from "@/lib/server/mutations/server-action";

export const saveNarrativeAction = serverAction(saveNarrative);
