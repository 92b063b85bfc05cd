/**
 * `npm run check -- --opd <slug> --tahun <year> [--triwulan 1-4] [--json]`: the integrity findings of an
 * OPD-year, computed from the stored leaf figures by lib/calc, grouped and counted as every page counts
 * them (`--json`: `{ counts, groups }`, each group with its per-item findings).
 */
import { z } from "@/lib/inputs/zod";
import { parseCommandArgs } from "./lib/command-args";
import { findingSeverityLabel } from "@/lib/calc/finding";
import {
  countFindingGroups,
  describeFindingCounts,
  groupFindings,
  type FindingGroup,
} from "@/lib/calc/finding-groups";
import { describeThroughQuarter, type Quarter } from "@/lib/calc/period";
import { resolveDatabaseConfig } from "@/lib/database-config";
import { evaluateOpdYear } from "@/lib/calc/checks";
import { db } from "@/lib/server/db";
import { getOpdBySlug } from "@/lib/server/opd/get-opd";
import { loadOpdYear } from "@/lib/server/opd-year/load-opd-year";
import { prepareDatabase } from "./lib/database";
import { loadDemoData } from "./lib/demo";
import { yearField } from "@/lib/inputs/year";
import { getLaporan } from "@/lib/server/laporan/get-laporan";

const argsSchema = z.object({
  opd: z.string({ error: "Sebutkan perangkat daerah: --opd <slug>, mis. --opd dinsos-serang" }).min(1),
  tahun: z.coerce
    .number({ error: "Sebutkan tahun: --tahun <tahun>, mis. --tahun 2022" })
    .pipe(yearField("Tahun (--tahun)")),
  triwulan: z.coerce
    .number()
    .int()
    .min(1, "Triwulan harus 1 sampai 4")
    .max(4, "Triwulan harus 1 sampai 4")
    .default(4)
    .transform((q) => q as Quarter),
  json: z.boolean().default(false),
});

function printText(groups: FindingGroup[], heading: string): void {
  console.log(heading);
  console.log(describeFindingCounts(countFindingGroups(groups)));
  for (const severity of ["ERROR", "WARNING", "INFO"] as const) {
    const ofSeverity = groups.filter((group) => group.severity === severity);
    if (ofSeverity.length > 0)
      console.log(`\n${findingSeverityLabel[severity].toUpperCase()} (${ofSeverity.length})`);
    for (const group of ofSeverity) {
      console.log(`  ${group.label}: ${group.items.length} butir`);
      for (const { location, message } of group.items) {
        const where = [location.code, location.name].filter(Boolean).join(" ");
        const indicator = location.indicator ? ` — indikator "${location.indicator.name}"` : "";
        console.log(`    • ${where}${indicator}\n      ${message}`);
      }
    }
  }
}

const args = parseCommandArgs(argsSchema, {
  opd: { type: "string" },
  tahun: { type: "string" },
  triwulan: { type: "string" },
  json: { type: "boolean" },
});
const { opd: slug, tahun, triwulan, json } = args;

const config = resolveDatabaseConfig();
await prepareDatabase(config);
await loadDemoData(config);
try {
  const opd = await getOpdBySlug(slug);
  const laporan = opd && (await getLaporan({ opd, year: tahun }));
  const data = opd && laporan && (await loadOpdYear({ opd, year: tahun, laporan }));
  if (!opd || !data) {
    console.error(`Perangkat daerah "${slug}" tidak memiliki data tahun ${tahun}.`);
    process.exitCode = 2;
  } else {
    const groups = groupFindings(evaluateOpdYear({ ...data, throughQuarter: triwulan }).findings);
    if (json) console.log(JSON.stringify({ counts: countFindingGroups(groups), groups }, null, 2));
    else printText(groups, `Pemeriksaan ${opd.name} — tahun ${tahun}, ${describeThroughQuarter(triwulan)}`);
  }
} finally {
  await db.$disconnect();
}
