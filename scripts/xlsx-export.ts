/**
 * `npm run export -- --opd <slug> --tahun <year> --out <file.xlsx>`: the import template filled with the
 * OPD-year's data (the same workbook as /opd/<slug>/<tahun>/export.xlsx).
 */
import { writeFileSync } from "node:fs";
import { z } from "@/lib/inputs/zod";
import { parseCommandArgs } from "./lib/command-args";
import { yearField } from "@/lib/inputs/year";
import { resolveDatabaseConfig } from "@/lib/database-config";
import { db } from "@/lib/server/db";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { getOpdBySlug } from "@/lib/server/opd/get-opd";
import { exportTemplate } from "@/lib/server/xlsx/export-template";
import { prepareDatabase } from "./lib/database";
import { loadDemoData } from "./lib/demo";

const argsSchema = z.object({
  opd: z.string({ error: "Sebutkan perangkat daerah: --opd <slug>, mis. --opd dinsos-serang" }).min(1),
  tahun: z.coerce.number({ error: "Sebutkan tahun: --tahun <tahun>" }).pipe(yearField("Tahun (--tahun)")),
  out: z.string({ error: "Sebutkan berkas tujuan: --out <berkas.xlsx>" }).min(1),
});
const {
  opd: slug,
  tahun,
  out,
} = parseCommandArgs(argsSchema, {
  opd: { type: "string" },
  tahun: { type: "string" },
  out: { type: "string" },
});

const config = resolveDatabaseConfig();
await prepareDatabase(config);
await loadDemoData(config);
try {
  const opd = await getOpdBySlug(slug);
  const laporan = opd && (await getLaporan({ opd, year: tahun }));
  if (!opd || !laporan) {
    console.error(`Perangkat daerah "${slug}" tidak memiliki data tahun ${tahun}.`);
    process.exitCode = 2;
  } else {
    writeFileSync(out, await exportTemplate({ pemdaId: opd.pemdaId, opdId: opd.id, year: tahun }));
    console.log(`Ditulis: ${out}`);
  }
} finally {
  await db.$disconnect();
}
