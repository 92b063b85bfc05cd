/**
 * The LKIP PDF measured on its own, both react-pdf pagination engines side by side:
 *
 *   tsx --import ./scripts/lib/allow-server-only.mjs scripts/bench/pdf-render.ts \
 *     [--large sintetis-opd-001/2024] [--engines layout,classic] [--server http://127.0.0.1:3200]
 *
 * Against the database of DATABASE_URL (the demo must be loaded; the synthetic OPD for --large, from
 * `npm run demo:synthetic`). Per document: assembling it from the database, then per engine the render in
 * a warm process (median of 3 after one warm-up for the demo, one render for the large OPD) with the peak
 * RSS of the render; the stored draft (getLkipPdf: first download, then unchanged); with --server, Chromium
 * `page.pdf()` of the LKIP screen of the running app. One line per figure on stderr; the last line on
 * stdout is all figures as JSON (for scripts/bench/run.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "@/lib/inputs/zod";
import type { PaginationEngine } from "@/lib/pdf/lkip/document";
import { renderLkipPdf } from "@/lib/pdf/lkip/render";
import { db } from "@/lib/server/db";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { buildLkipDocument } from "@/lib/server/lkip/generate-lkip";
import { draftGeneration, getLkipPdf } from "@/lib/server/lkip/get-lkip-pdf";
import { readDataVersion } from "@/lib/server/opd-year/data-version";
import { getOpdBySlug } from "@/lib/server/opd/get-opd";
import { parseCommandArgs } from "../lib/command-args";
import { signedInCookie } from "./app-under-load";
import { timeChromiumPrint } from "./lkip";

const args = parseCommandArgs(
  z.object({
    large: z
      .string()
      .regex(/^[a-z0-9-]+\/\d{4}$/, "--large <slug>/<tahun>")
      .optional(),
    engines: z.string().default("layout,classic"),
    server: z.url().optional(),
  }),
  { large: { type: "string" }, engines: { type: "string" }, server: { type: "string" } },
);
const engines = args.engines.split(",") as PaginationEngine[];

/** Peak resident memory since the last reset (Linux: VmHWM, reset by writing 5 to clear_refs). */
const resetPeakRss = () => writeFileSync("/proc/self/clear_refs", "5");
const peakRssMiB = () =>
  Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))![1]) / 1024;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const figures: Record<string, number> = {};
function say(name: string, value: number, unit: "ms" | "MiB" | "pages") {
  figures[name] = Math.round(value);
  console.error(`${name}: ${Math.round(value).toLocaleString("id-ID")} ${unit}`);
}

async function refOf(slug: string, year: number) {
  const opd = await getOpdBySlug(slug);
  const laporan = opd && (await getLaporan({ opd, year }));
  if (!opd || !laporan) throw new Error(`${slug} ${year}: tidak ada laporan (muat datanya dulu)`);
  return { opd, year, laporan };
}

async function measure(label: string, slug: string, year: number, runs: number) {
  const ref = await refOf(slug, year);
  let started = performance.now();
  const document = await buildLkipDocument(ref, draftGeneration(null));
  say(`${label}: susun dokumen dari basis data`, performance.now() - started, "ms");

  for (const engine of engines) {
    const times: number[] = [];
    const cpu: number[] = [];
    let peak = 0;
    let pages = 0;
    for (let run = 0; run < runs; run++) {
      global.gc?.();
      resetPeakRss();
      started = performance.now();
      const cpuBefore = process.cpuUsage();
      pages = (await renderLkipPdf(document, { engine })).pageCount;
      times.push(performance.now() - started);
      const { user, system } = process.cpuUsage(cpuBefore);
      cpu.push((user + system) / 1000);
      peak = Math.max(peak, peakRssMiB());
    }
    say(`${label}: render ${engine} (${pages} halaman)`, median(times), "ms");
    // CPU time as well: on a shared machine the wall time also counts the other processes.
    say(`${label}: render ${engine}, waktu CPU`, median(cpu), "ms");
    say(`${label}: render ${engine}, puncak RSS`, peak, "MiB");
  }
  return ref;
}

/** The draft as the route serves it: rendered and stored by the first download, read back by the next. */
async function measureStored(label: string, ref: Awaited<ReturnType<typeof refOf>>) {
  const key = { pemdaId: ref.opd.pemdaId, opdId: ref.opd.id, year: ref.year };
  // Only a tracked OPD-year (version > 0) has stored drafts; a fresh bench database may not track it yet.
  if ((await readDataVersion(key)) === 0n) await db.opdYearVersion.create({ data: { ...key, version: 1n } });
  await db.lkipDraft.deleteMany({ where: { pemdaId: key.pemdaId, laporanId: ref.laporan.id } });
  say(
    `${label}: unduhan pertama (render + simpan)`,
    (await getLkipPdf(ref, { generatedBy: null }))!.milliseconds,
    "ms",
  );
  const unchanged: number[] = [];
  for (let run = 0; run < 5; run++)
    unchanged.push((await getLkipPdf(ref, { generatedBy: null }))!.milliseconds);
  say(`${label}: unduhan berikutnya, data tidak berubah`, median(unchanged), "ms");
}

try {
  // Warm-up: fonts, the layout's WebAssembly and the JIT, as in a running server.
  const demo = await refOf("dinsos-serang", 2022);
  await renderLkipPdf(await buildLkipDocument(demo, draftGeneration(null)));
  await measure("Demo Serang 2022", "dinsos-serang", 2022, 3);
  await measureStored("Demo Serang 2022", demo);
  if (args.server) {
    const cookie = await signedInCookie(db, "inspektorat.serang@sakip.demo");
    say(
      "Demo Serang 2022: Chromium page.pdf() layar LKIP",
      await timeChromiumPrint(`${args.server}/opd/dinsos-serang/2022/lkip`, cookie),
      "ms",
    );
  }
  if (args.large) {
    const [slug, year] = args.large.split("/");
    await measure(`OPD ${slug}`, slug!, Number(year), 1);
  }
  console.log(JSON.stringify(figures));
} finally {
  await db.$disconnect();
}
