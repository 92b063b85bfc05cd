"use server";

import { createReviewNote } from "@/lib/server/review/create-review-note";
import { saveRealisasiAnggaran } from "@/lib/server/realisasi/save-realisasi-anggaran";
import { transitionLaporan } from "@/lib/server/laporan/transition-laporan";
import { serverAction } from "@/lib/server/mutations/server-action";

export const transitionLaporanAction = serverAction(transitionLaporan);
export const createReviewNoteAction = serverAction(createReviewNote);
export const saveRealisasiAnggaranAction = serverAction(saveRealisasiAnggaran);
