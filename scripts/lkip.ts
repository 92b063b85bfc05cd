/**
 * `npm run lkip -- --opd <slug> --tahun <year> --out <file.pdf> [--revisi <n>] [--format pdf|docx]`: the
 * LKIP of an OPD-year through the same code as the download routes: the PDF (a FINAL report: its stored
 * bytes) or the editable Word document (a FINAL's marked as a copy of its PDF).
 */
import { writeFileSync } from "node:fs";
import { z } from "@/lib/inputs/zod";
import { parseCommandArgs } from "./lib/command-args";
import { resolveDatabaseConfig } from "@/lib/database-config";
import { yearField } from "@/lib/inputs/year";
import { db } from "@/lib/server/db";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { getLkipDocx } from "@/lib/server/lkip/get-lkip-docx";
import { getLkipPdf } from "@/lib/server/lkip/get-lkip-pdf";
import { getOpdBySlug } from "@/lib/server/opd/get-opd";
import { prepareDatabase } from "./lib/database";
import { loadDemoData } from "./lib/demo";

const argsSchema = z
  .object({
    opd: z.string({ error: "Sebutkan perangkat daerah: --opd <slug>, mis. --opd dinsos-serang" }).min(1),
    tahun: z.coerce
      .number({ error: "Sebutkan tahun: --tahun <tahun>, mis. --tahun 2022" })
      .pipe(yearField("Tahun (--tahun)")),
    out: z.string({ error: "Sebutkan berkas tujuan: --out <berkas.pdf atau berkas.docx>" }).min(1),
    revisi: z.coerce.number().int().positive("Revisi dimulai dari 1").optional(),
    format: z.enum(["pdf", "docx"], { error: "--format pdf atau docx" }).default("pdf"),
  })
  .refine((args) => args.format === "pdf" || args.revisi === undefined, {
    error: "--revisi hanya untuk --format pdf (Word dibuat dari data revisi final terakhir).",
  });

const {
  opd: slug,
  tahun,
  out,
  revisi,
  format,
} = parseCommandArgs(argsSchema, {
  opd: { type: "string" },
  tahun: { type: "string" },
  out: { type: "string" },
  revisi: { type: "string" },
  format: { type: "string" },
});

const config = resolveDatabaseConfig();
await prepareDatabase(config);
await loadDemoData(config);
try {
  const opd = await getOpdBySlug(slug);
  const laporan = opd && (await getLaporan({ opd, year: tahun }));
  const ref = opd && laporan && { opd, year: tahun, laporan };
  const file =
    ref &&
    (format === "docx"
      ? await getLkipDocx(ref, { generatedBy: null })
      : await getLkipPdf(ref, { revision: revisi, generatedBy: null }));
  if (!file) {
    console.error(
      revisi
        ? `LKIP ${slug} tahun ${tahun} tidak memiliki revisi final ${revisi}.`
        : `Perangkat daerah "${slug}" tidak memiliki laporan tahun ${tahun}.`,
    );
    process.exitCode = 2;
  } else {
    writeFileSync(out, file.bytes);
    console.error(
      `${file.filename} ditulis ke ${out} (${file.bytes.length.toLocaleString("id-ID")} byte, ${file.milliseconds} ms).`,
    );
  }
} finally {
  await db.$disconnect();
}
