/**
 * `npm run restore -- <file>`: a Pemda's backup written back into the database, in one transaction;
 * refused (nothing written) when the database already holds the Pemda, does not know the backup's schema,
 * or the file is corrupt. Prints rows, tables, file size and time.
 */
import { statSync } from "node:fs";
import { BackupFileError } from "@/lib/backup/backup-format";
import { describeRun } from "@/lib/backup/describe-run";
import { resolveDatabaseConfig } from "@/lib/database-config";
import { z } from "@/lib/inputs/zod";
import { restorePemda, RestoreRefusedError } from "@/lib/server/backup/restore-pemda";
import { parseCommandArgs } from "./lib/command-args";
import { prepareDatabase } from "./lib/database";

const { file } = parseCommandArgs(
  z.object({ file: z.string({ error: "Sebutkan berkas cadangan: npm run restore -- <berkas>" }).min(1) }),
  {},
  { positional: "file" },
);

const config = resolveDatabaseConfig();
await prepareDatabase(config);
const started = performance.now();
try {
  const summary = await restorePemda(config, file);
  const milliseconds = performance.now() - started;
  console.log(describeRun("Dipulihkan", { ...summary, bytes: statSync(file).size, milliseconds }));
} catch (error) {
  if (!(error instanceof RestoreRefusedError || error instanceof BackupFileError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
