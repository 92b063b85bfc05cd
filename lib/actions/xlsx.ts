"use server";

import { runAsCurrentUser } from "@/lib/server/mutations/run-as-current-user";
import { importWorkbook } from "@/lib/server/xlsx/import-workbook";

/** The dry run (`dryRun: true`: writes nothing) and the commit. */
export async function importWorkbookAction(input: unknown) {
  return runAsCurrentUser(importWorkbook, input);
}
