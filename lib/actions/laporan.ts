"use server";

import { createReviewNote } from "@/lib/server/review/create-review-note";
import { saveRealisasiAnggaran } from "@/lib/server/realisasi/save-realisasi-anggaran";
import { transitionLaporan } from "@/lib/server/laporan/transition-laporan";
import { runAsCurrentUser } from "@/lib/server/mutations/run-as-current-user";

export async function transitionLaporanAction(input: unknown) {
  return runAsCurrentUser(transitionLaporan, input);
}

export async function createReviewNoteAction(input: unknown) {
  return runAsCurrentUser(createReviewNote, input);
}

export async function saveRealisasiAnggaranAction(input: unknown) {
  return runAsCurrentUser(saveRealisasiAnggaran, input);
}
