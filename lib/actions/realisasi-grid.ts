"use server";

import { serverAction } from "@/lib/server/mutations/server-action";
import { saveRealisasiGrid } from "@/lib/server/realisasi/save-realisasi-grid";

export const saveRealisasiGridAction = serverAction(saveRealisasiGrid);
