"use server";

import { serverAction } from "@/lib/server/mutations/server-action";
import { saveRencanaAksi } from "@/lib/server/rencana-aksi/save-rencana-aksi";

export const saveRencanaAksiAction = serverAction(saveRencanaAksi);
