"use server";

import { runAsCurrentUser } from "@/lib/server/mutations/run-as-current-user";
import { importPreview, importWorkbook } from "@/lib/server/xlsx/import-workbook";

/** The dry run (changes nothing; validated and authorised like the commit). */
export async function previewImportAction(input: unknown) {
  return runAsCurrentUser(importPreview, input);
}

export async function importWorkbookAction(input: unknown) {
  return runAsCurrentUser(importWorkbook, input);
}
