/**
 * `npm run backup -- --pemda <kode> --out <file>`: every row of one Pemda (and the reference data) in a
 * versioned, gzip'd JSON-lines file (lib/backup/backup-format.ts), read with SQL: the embedded PostgreSQL
 * ships no pg_dump. Prints rows, tables, file size and time.
 */
import { statSync } from "node:fs";
import { describeRun } from "@/lib/backup/describe-run";
import { resolveDatabaseConfig } from "@/lib/database-config";
import { z } from "@/lib/inputs/zod";
import { backupPemda, UnknownPemdaError } from "@/lib/server/backup/backup-pemda";
import { parseCommandArgs } from "./lib/command-args";
import { prepareDatabase } from "./lib/database";

const { pemda, out } = parseCommandArgs(
  z.object({
    pemda: z.string({ error: "Sebutkan Pemda: --pemda <kode>, mis. --pemda 3604" }).min(1),
    out: z.string({ error: "Sebutkan berkas tujuan: --out <berkas.sakip.gz>" }).min(1),
  }),
  { pemda: { type: "string" }, out: { type: "string" } },
);

const config = resolveDatabaseConfig();
await prepareDatabase(config);
const started = performance.now();
try {
  const summary = await backupPemda(config, pemda, out);
  const milliseconds = performance.now() - started;
  console.log(describeRun("Dicadangkan", { ...summary, bytes: statSync(out).size, milliseconds }));
  console.log(`Berkas: ${out}`);
} catch (error) {
  if (!(error instanceof UnknownPemdaError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
