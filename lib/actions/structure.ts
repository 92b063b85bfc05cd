"use server";

import { runAsCurrentUser } from "@/lib/server/mutations/run-as-current-user";
import { copyStructureYear } from "@/lib/server/structure/copy-structure-year";
import { deleteStructureItem } from "@/lib/server/structure/delete-structure-item";
import { saveKegiatan } from "@/lib/server/structure/save-kegiatan";
import { saveProgram } from "@/lib/server/structure/save-program";
import { saveRekening } from "@/lib/server/structure/save-rekening";
import { saveRenstraItem } from "@/lib/server/structure/save-renstra-item";
import { saveSubKegiatan } from "@/lib/server/structure/save-sub-kegiatan";

export async function saveProgramAction(input: unknown) {
  return runAsCurrentUser(saveProgram, input);
}

export async function saveKegiatanAction(input: unknown) {
  return runAsCurrentUser(saveKegiatan, input);
}

export async function saveSubKegiatanAction(input: unknown) {
  return runAsCurrentUser(saveSubKegiatan, input);
}

export async function saveRekeningAction(input: unknown) {
  return runAsCurrentUser(saveRekening, input);
}

export async function deleteStructureItemAction(input: unknown) {
  return runAsCurrentUser(deleteStructureItem, input);
}

export async function copyStructureYearAction(input: unknown) {
  return runAsCurrentUser(copyStructureYear, input);
}

export async function saveRenstraItemAction(input: unknown) {
  return runAsCurrentUser(saveRenstraItem, input);
}
