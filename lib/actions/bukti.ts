"use server";

import { deleteBukti } from "@/lib/server/bukti/delete-bukti";
import { uploadBukti } from "@/lib/server/bukti/upload-bukti";
import { serverAction } from "@/lib/server/mutations/server-action";

export const uploadBuktiAction = serverAction(uploadBukti);
export const deleteBuktiAction = serverAction(deleteBukti);
