"use server";

import { serverAction } from "@/lib/server/mutations/server-action";
import { deleteAttachment } from "@/lib/server/profile/delete-attachment";
import { saveDayaDukung } from "@/lib/server/profile/save-daya-dukung";
import { savePaguIndikatif } from "@/lib/server/profile/save-pagu-indikatif";
import { savePemdaHead } from "@/lib/server/profile/save-pemda-head";
import { saveSigning } from "@/lib/server/profile/save-signing";
import { uploadAttachment } from "@/lib/server/profile/upload-attachment";
import { uploadPemdaLogo } from "@/lib/server/profile/upload-pemda-logo";

export const saveDayaDukungAction = serverAction(saveDayaDukung);
export const savePaguIndikatifAction = serverAction(savePaguIndikatif);
export const saveSigningAction = serverAction(saveSigning);
export const uploadAttachmentAction = serverAction(uploadAttachment);
export const deleteAttachmentAction = serverAction(deleteAttachment);
export const savePemdaHeadAction = serverAction(savePemdaHead);
export const uploadPemdaLogoAction = serverAction(uploadPemdaLogo);
