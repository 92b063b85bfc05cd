/**
 * `npm run import -- --opd <slug> --tahun <year> <file.xlsx> [--dry-run] [--json] [--sebagai <email>]`:
 * the browser's import (same code): a dry run, then, without --dry-run and without errors, the commit.
 * Acts as the account named by --sebagai, or the region's first administrator. Exits 1 when ok is false.
 */
import { readFileSync } from "node:fs";
import { findingSeverityLabel } from "@/lib/calc/finding";
import { describeFindingCounts } from "@/lib/calc/finding-groups";
import path from "node:path";
import { z } from "@/lib/inputs/zod";
import { parseCommandArgs } from "./lib/command-args";
import { yearField } from "@/lib/inputs/year";
import { resolveDatabaseConfig } from "@/lib/database-config";
import { loadOperatorPrincipal } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { getOpdBySlug } from "@/lib/server/opd/get-opd";
import { commitImport, previewImport } from "@/lib/server/xlsx/import-workbook";
import type { ImportReport } from "@/lib/xlsx/import-report";
import { describePlan } from "@/lib/xlsx/validate-import";
import { AppError } from "@/lib/errors";
import { prepareDatabase } from "./lib/database";
import { loadDemoData } from "./lib/demo";

const argsSchema = z.object({
  opd: z.string({ error: "Sebutkan perangkat daerah: --opd <slug>, mis. --opd dinsos-serang" }).min(1),
  tahun: z.coerce.number({ error: "Sebutkan tahun: --tahun <tahun>" }).pipe(yearField("Tahun (--tahun)")),
  file: z.string({ error: "Sebutkan berkas .xlsx yang diimpor" }).min(1),
  "dry-run": z.boolean().default(false),
  json: z.boolean().default(false),
  sebagai: z.string().optional(),
});

const args = parseCommandArgs(
  argsSchema,
  {
    opd: { type: "string" },
    tahun: { type: "string" },
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
    sebagai: { type: "string" },
  },
  { positional: "file" },
);
const { opd: slug, tahun, file, json } = args;

function printText(r: ImportReport): void {
  console.log(`${r.committed ? "Diimpor" : "Pratinjau"}: ${r.fileName} (SHA-256 ${r.sha256})`);
  console.log(`${r.created} baru, ${r.updated} diubah, ${r.unchanged} tetap, ${r.removed} dihapus`);
  for (const line of describePlan(r)) console.log(`  ${line}`);
  for (const [title, issues] of [
    ["KESALAHAN", r.errors],
    ["PERINGATAN", r.warnings],
  ] as const) {
    if (issues.length > 0) console.log(`\n${title} (${issues.length})`);
    for (const i of issues)
      console.log(
        i.row > 0 ? `  ${i.sheet} baris ${i.row}, kolom ${i.column}: ${i.message}` : `  ${i.message}`,
      );
  }
  if (r.checks) {
    console.log(`\nPEMERIKSAAN DATA SETELAH IMPOR: ${describeFindingCounts(r.checks.counts)}`);
    for (const group of r.checks.groups) {
      console.log(`  ${findingSeverityLabel[group.severity]}: ${group.label}: ${group.items.length} butir`);
      for (const i of group.items)
        console.log(i.row > 0 ? `    ${i.sheet} baris ${i.row}: ${i.message}` : `    ${i.message}`);
    }
  }
  if (r.removalsToConfirm.length > 0) {
    console.log("\nDihapus (memiliki realisasi atau indikator):");
    for (const item of r.removalsToConfirm) console.log(`  ${item.label}`);
  }
}

// A connection killed mid-transaction can leave the driver's promise unsettled; the process would then
// end quietly. PostgreSQL has rolled the transaction back: say so, and fail.
let finished = false;
process.on("exit", () => {
  if (finished) return;
  console.error(
    "Koneksi ke basis data terputus di tengah impor; transaksinya dibatalkan, tidak ada yang tersimpan.",
  );
  process.exitCode = 1;
});

const config = resolveDatabaseConfig();
await prepareDatabase(config);
await loadDemoData(config);
try {
  const opd = await getOpdBySlug(slug);
  const principal = opd && (await loadOperatorPrincipal(opd.pemdaId, args.sebagai));
  if (!opd || !principal) {
    console.error(
      opd
        ? "Akun pelaksana impor tidak ditemukan (--sebagai <email>)."
        : `Perangkat daerah "${slug}" tidak ada.`,
    );
    process.exitCode = 2;
    finished = true;
  } else {
    const input = {
      opdId: opd.id,
      year: tahun,
      fileName: path.basename(file),
      file: readFileSync(file).toString("base64"),
      // The command line has no dialog: its removals are confirmed by running it without --dry-run.
      confirmRemovals: true,
      planDigest: null,
    };
    const result = args["dry-run"]
      ? await previewImport(principal, input)
      : await commitImport(principal, input);
    if (json) console.log(JSON.stringify(result, null, 2));
    else printText(result);
    if (!result.ok) process.exitCode = 1;
    finished = true;
  }
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
  finished = true;
} finally {
  await db.$disconnect();
}
