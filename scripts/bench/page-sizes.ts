/**
 * `tsx --conditions=react-server scripts/bench/page-sizes.ts [--json]`, also run by `npm run bench`: the HTML
 * size (the whole body of a browser's navigation, the inlined RSC payload included) and the time of every page
 * of one OPD-year with 15.000 budget leaves, and of the region pages, each seen by the synthetic account that
 * sees most of it. Loads "Kabupaten Sintetis" with that one OPD into a database of its own
 * (`sakip_bench_pages`), serves the production build on BENCH_PORT and prints a table; `--json` adds the rows
 * for `npm run bench` as JSON on the last line. Figures only: nothing here asserts a time.
 */
import Decimal from "decimal.js";
import { resolveDatabaseConfig } from "@/lib/database-config";
import { env } from "@/lib/env";
import { formatNumber } from "@/lib/format";
import { z } from "@/lib/inputs/zod";
import { createPrismaClient } from "@/lib/server/prisma-client";
import {
  LARGEST_OPD_LEAVES,
  loadSyntheticRegion,
  SYNTHETIC_YEAR,
  syntheticOpdSlug,
} from "@/prisma/demo/synthetic-region";
import { parseCommandArgs } from "../lib/command-args";
import { prepareDatabase } from "../lib/database";
import { buildApp, startAppServer } from "../lib/serve";
import { signedInCookie } from "./app-under-load";

/** The bound every page is held to (issue 22): a page never sends a large OPD's whole tree. */
const MAX_BYTES = 2 * 1024 * 1024;

const args = parseCommandArgs(z.object({ json: z.boolean().default(false) }), { json: { type: "boolean" } });

type Account = "admin" | "perencana";
type Visit = { page: string; url: string; as: Account };
export type PageSize = { page: string; bytes: number; ms: number };

const config = { ...resolveDatabaseConfig(), database: "sakip_bench_pages" };
await prepareDatabase(config, { fresh: true });
const db = createPrismaClient(config);
await loadSyntheticRegion(db, { opds: 1, leaves: LARGEST_OPD_LEAVES, seed: 1 });

const slug = syntheticOpdSlug(1);
const base = `/opd/${slug}/${SYNTHETIC_YEAR}`;
const opd = await db.perangkatDaerah.findFirstOrThrow({ where: { slug } });
const ofOpdYear = { pemdaId: opd.pemdaId, opdId: opd.id, year: SYNTHETIC_YEAR };
const [program, subKegiatan] = await Promise.all([
  db.program.findFirstOrThrow({ where: ofOpdYear, orderBy: { code: "asc" } }),
  db.subKegiatan.findFirstOrThrow({ where: ofOpdYear, orderBy: { code: "asc" } }),
]);
// A planner of the whole OPD sees every editor; the administrator sees the audit trail and the region.
const visits: Visit[] = [
  ...[
    "",
    "/dasbor",
    "/indikator",
    "/lkip",
    "/narasi",
    "/perjanjian-kinerja",
    "/pohon-kinerja",
    "/profil",
    `/program/${program.id}`,
    "/realisasi/4",
    "/rencana-aksi",
    "/struktur",
    `/sub-kegiatan/${subKegiatan.id}`,
    "/impor",
  ].map((page): Visit => ({ page: `${base}${page}`, url: `${base}${page}`, as: "perencana" })),
  { page: `${base}/audit`, url: `${base}/audit`, as: "admin" },
  ...["/", `/wilayah/${SYNTHETIC_YEAR}`, "/admin", "/admin/audit"].map((url): Visit => ({
    page: url,
    url,
    as: "admin",
  })),
];

buildApp();
const server = await startAppServer(config, env.BENCH_PORT);
const sizes: PageSize[] = [];
try {
  const cookies: Record<Account, string> = {
    admin: await signedInCookie(db, "admin@sintetis.go.id"),
    perencana: await signedInCookie(db, `perencana.${slug}@sintetis.go.id`),
  };
  const visit = async ({ url, as }: Visit) => {
    const started = performance.now();
    const response = await fetch(`${server.url}${url}`, {
      headers: { cookie: cookies[as] },
      redirect: "manual",
      signal: AbortSignal.timeout(300_000),
    });
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} menjawab ${response.status}, bukan 200`);
    return { bytes: body.byteLength, ms: performance.now() - started, html: new TextDecoder().decode(body) };
  };
  const measure = async (page: Visit, warm: boolean) => {
    try {
      if (!warm) await visit(page); // the route's code loaded and compiled
      const { html, ...size } = await visit(page);
      sizes.push({ page: page.page, ...size });
      console.error(`${page.page}: ${size.bytes} byte, ${Math.round(size.ms)} ms`);
      return html;
    } catch (error) {
      console.error(`${page.page}: gagal (${(error as Error).message})`);
      sizes.push({ page: page.page, bytes: Number.NaN, ms: Number.NaN });
      return "";
    }
  };
  // The first visit stores the OPD-year's computed result; every page after it reads that.
  await visit(visits[0]!);
  let lkip = "";
  for (const page of visits) {
    const html = await measure(page, false);
    if (page.url === `${base}/lkip`) lkip = html;
  }
  // A large OPD's LKIP is shown a chapter at a time: each chapter is a page of its own.
  const chapters = new Set(
    [...lkip.matchAll(/href="([^"]*\/lkip\?bab=[^"#&]+)"/g)].map((match) => match[1]!),
  );
  for (const url of chapters) await measure({ page: url, url, as: "perencana" }, true);
} finally {
  await server.stop();
  await db.$disconnect();
}

const megabytes = (bytes: number) => formatNumber(new Decimal(bytes).div(1024 * 1024), 2);
const table = [
  ["Halaman", "Byte", "MB", "ms"],
  ...sizes.map((size) => [
    size.page,
    formatNumber(new Decimal(size.bytes), 0),
    megabytes(size.bytes),
    formatNumber(new Decimal(Math.round(size.ms)), 0),
  ]),
];
const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
console.error(`Ukuran HTML per halaman, OPD ${formatNumber(new Decimal(LARGEST_OPD_LEAVES), 0)} daun:`);
for (const row of table) {
  console.error(
    row
      .map((cell, column) => (column === 0 ? cell.padEnd : cell.padStart).call(cell, widths[column]!))
      .join("  "),
  );
}
if (args.json) {
  console.log(
    JSON.stringify(
      sizes.map((size) => ({
        figure: `HTML ${size.page.replace(base, `/opd/…/${SYNTHETIC_YEAR}`) || "/"} (OPD 15.000 daun)`,
        measured: `${megabytes(size.bytes)} MB, ${formatNumber(new Decimal(Math.round(size.ms)), 0)} ms`,
        goal: "≤ 2 MB",
        ok: size.bytes <= MAX_BYTES,
      })),
    ),
  );
}
