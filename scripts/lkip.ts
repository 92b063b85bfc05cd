/**
 * `npm run lkip -- --opd <slug> --tahun <year> --out <file.pdf> [--revisi <n>]`: the LKIP PDF of an
 * OPD-year through the same code as the download route (a FINAL report: its stored bytes).
 */
import { writeFileSync } from "node:fs";
import { z } from "@/lib/inputs/zod";
import { parseCommandArgs } from "./lib/command-args";
import { resolveDatabaseConfig } from "@/lib/database-config";
import { yearField } from "@/lib/inputs/year";
import { db } from "@/lib/server/db";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { getLkipPdf } from "@/lib/server/lkip/get-lkip-pdf";
import { getOpdBySlug } from "@/lib/server/opd/get-opd";
import { prepareDatabase } from "./lib/database";
import { loadDemoData } from "./lib/demo";

const argsSchema = z.object({
  opd: z.string({ error: "Sebutkan perangkat daerah: --opd <slug>, mis. --opd dinsos-serang" }).min(1),
  tahun: z.coerce
    .number({ error: "Sebutkan tahun: --tahun <tahun>, mis. --tahun 2022" })
    .pipe(yearField("Tahun (--tahun)")),
  out: z.string({ error: "Sebutkan berkas tujuan: --out <berkas.pdf>" }).min(1),
  revisi: z.coerce.number().int().positive("Revisi dimulai dari 1").optional(),
});

const {
  opd: slug,
  tahun,
  out,
  revisi,
} = parseCommandArgs(argsSchema, {
  opd: { type: "string" },
  tahun: { type: "string" },
  out: { type: "string" },
  revisi: { type: "string" },
});

const config = resolveDatabaseConfig();
await prepareDatabase(config);
await loadDemoData(config);
try {
  const opd = await getOpdBySlug(slug);
  const laporan = opd && (await getLaporan({ opd, year: tahun }));
  const pdf =
    opd &&
    laporan &&
    (await getLkipPdf({ opd, year: tahun, laporan }, { revision: revisi, generatedBy: null }));
  if (!pdf) {
    console.error(
      revisi
        ? `LKIP ${slug} tahun ${tahun} tidak memiliki revisi final ${revisi}.`
        : `Perangkat daerah "${slug}" tidak memiliki laporan tahun ${tahun}.`,
    );
    process.exitCode = 2;
  } else {
    writeFileSync(out, pdf.bytes);
    console.error(
      `${pdf.filename} ditulis ke ${out} (${pdf.bytes.length.toLocaleString("id-ID")} byte, ${pdf.milliseconds} ms).`,
    );
  }
} finally {
  await db.$disconnect();
}
