"use server";

import { serverAction } from "@/lib/server/mutations/server-action";
import { copyStructureYear } from "@/lib/server/structure/copy-structure-year";
import { deleteStructureItem } from "@/lib/server/structure/delete-structure-item";
import { saveKegiatan } from "@/lib/server/structure/save-kegiatan";
import { saveProgram } from "@/lib/server/structure/save-program";
import { saveRekening } from "@/lib/server/structure/save-rekening";
import { saveRenstraItem } from "@/lib/server/structure/save-renstra-item";
import { saveSubKegiatan } from "@/lib/server/structure/save-sub-kegiatan";

export const saveProgramAction = serverAction(saveProgram);
export const saveKegiatanAction = serverAction(saveKegiatan);
export const saveSubKegiatanAction = serverAction(saveSubKegiatan);
export const saveRekeningAction = serverAction(saveRekening);
export const deleteStructureItemAction = serverAction(deleteStructureItem);
export const copyStructureYearAction = serverAction(copyStructureYear);
export const saveRenstraItemAction = serverAction(saveRenstraItem);
