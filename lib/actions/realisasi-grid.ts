"use server";

import { serverAction } from "@/lib/server/mutations/server-action";
import { deleteRealisasiEntry } from "@/lib/server/realisasi/delete-realisasi-entry";
import { saveRealisasiGrid } from "@/lib/server/realisasi/save-realisasi-grid";

export const saveRealisasiGridAction = serverAction(saveRealisasiGrid);
export const deleteRealisasiEntryAction = serverAction(deleteRealisasiEntry);
