"use server";

import { serverAction } from "@/lib/server/mutations/server-action";
import { importWorkbook } from "@/lib/server/xlsx/import-workbook";

/** The dry run (`dryRun: true`: writes nothing) and the commit. */
export const importWorkbookAction = serverAction(importWorkbook);
