"use server";

import { runAsCurrentUser } from "@/lib/server/mutations/run-as-current-user";
import { saveRealisasiGrid } from "@/lib/server/realisasi/save-realisasi-grid";

export async function saveRealisasiGridAction(input: unknown) {
  return runAsCurrentUser(saveRealisasiGrid, input);
}
