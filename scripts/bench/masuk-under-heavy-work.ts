/**
 * `tsx --conditions=react-server scripts/bench/masuk-under-heavy-work.ts [--json]`, also run by `npm run
 * bench`: what signing in costs while the heaviest work of the largest OPDs runs (issue 22): `/masuk` every
 * 200 ms while the LKIP PDF of a 15.000-leaf OPD is requested, and while five planners import their own
 * 15.000-leaf OPD's workbook at the same moment (dry run, then commit). Loads five such OPDs into a database
 * of its own (`sakip_bench_heavy`) and serves the production build on BENCH_PORT; `--json` prints the rows
 * for `npm run bench` as JSON on the last line.
 */
import { resolveDatabaseConfig } from "@/lib/database-config";
import { env } from "@/lib/env";
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
import { signedInCookie, waitUntilIdle } from "./app-under-load";
import { recordingClient, serverActionId } from "./browser-requests";
import { type BenchRow, ms } from "./figures";
import { masukRow, probeMasuk } from "./masuk-probe";
import { importVariants } from "./soak";

const args = parseCommandArgs(z.object({ json: z.boolean().default(false) }), { json: { type: "boolean" } });
const IMPORTERS = 5;
const leaves = LARGEST_OPD_LEAVES.toLocaleString("id-ID");

const config = { ...resolveDatabaseConfig(), database: "sakip_bench_heavy" };
await prepareDatabase(config, { fresh: true });
const db = createPrismaClient(config);
await loadSyntheticRegion(db, { opds: IMPORTERS, leaves: LARGEST_OPD_LEAVES, seed: 1 });
const opds = await db.perangkatDaerah.findMany({ where: { slug: { startsWith: "sintetis-opd-" } } });
const numbers = Array.from({ length: IMPORTERS }, (_, i) => i + 1);
const opdOf = (n: number) => opds.find((opd) => opd.slug === syntheticOpdSlug(n))!;

buildApp();
const server = await startAppServer(config, env.BENCH_PORT);
const rows: BenchRow[] = [];
try {
  const client = recordingClient<"PDF" | "Ekspor" | "Uji" | "Simpan">(server.url);
  const perencana = await Promise.all(
    numbers.map((n) => signedInCookie(db, `perencana.${syntheticOpdSlug(n)}@sintetis.go.id`)),
  );
  const kepala = await signedInCookie(db, `kepala.${syntheticOpdSlug(1)}@sintetis.go.id`);
  const base = (n: number) => `/opd/${syntheticOpdSlug(n)}/${SYNTHETIC_YEAR}`;

  // The largest PDF: the first request renders it (no draft is stored yet); the probe runs until it answers.
  let probe = probeMasuk(server.url, 200);
  let started = performance.now();
  const pdf = await client.request(
    "PDF",
    `${base(1)}/lkip.pdf`,
    kepala,
    { timeoutMs: 600_000 },
    (response) => (response.headers.get("content-type") === "application/pdf" ? null : "bukan PDF"),
  );
  const pdfSays = pdf
    ? `PDF ${(pdf.byteLength / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 })} MB dalam ${ms(performance.now() - started)}`
    : `PDF tidak jadi: ${client.firstErrors.get("PDF")}`;
  rows.push(masukRow(`LKIP PDF OPD ${leaves} daun diminta (${pdfSays})`, await probe.stop(), true));
  console.error(`${rows.at(-1)!.figure}: ${rows.at(-1)!.measured}`);

  // Five planners, each with their OPD's workbook exported and 20 realisasi raised, import at once.
  const files = await Promise.all(
    numbers.map(async (n) => {
      const exported = await client.request("Ekspor", `${base(n)}/export.xlsx`, perencana[n - 1]!, {
        timeoutMs: 300_000,
      });
      if (!exported) throw new Error(`ekspor OPD ${n}: ${client.firstErrors.get("Ekspor")}`);
      return (await importVariants(exported))[0];
    }),
  );
  await waitUntilIdle(server.url);
  const importAction = serverActionId("lib/actions/xlsx.ts", "importWorkbookAction");
  probe = probeMasuk(server.url, 200);
  started = performance.now();
  const committed = await Promise.all(
    numbers.map(async (n) => {
      const page = `${base(n)}/impor`;
      const input = {
        opdId: opdOf(n).id,
        year: SYNTHETIC_YEAR,
        fileName: "ekspor.xlsx",
        file: files[n - 1]!,
        confirmRemovals: false,
      };
      const dryRun = await client.action(
        "Uji",
        page,
        perencana[n - 1]!,
        importAction,
        { ...input, planDigest: null, dryRun: true },
        /^1:\{"ok":true,"value":\{"ok":true,"committed":false/m,
      );
      const planDigest = dryRun && /"planDigest":"([0-9a-f]+)"/.exec(dryRun)?.[1];
      return (
        !!planDigest &&
        !!(await client.action(
          "Simpan",
          page,
          perencana[n - 1]!,
          importAction,
          { ...input, planDigest, dryRun: false },
          /^1:\{"ok":true,"value":\{"ok":true,"committed":true/m,
        ))
      );
    }),
  );
  const saved = committed.filter(Boolean).length;
  const importSays =
    `${saved} dari ${IMPORTERS} tersimpan dalam ${ms(performance.now() - started)}` +
    (saved < IMPORTERS ? `; ${[...client.firstErrors.values()].join("; ")}` : "");
  rows.push(
    masukRow(
      `${IMPORTERS} impor OPD ${leaves} daun serentak (uji lalu simpan) (${importSays})`,
      await probe.stop(),
      saved === IMPORTERS,
    ),
  );
  console.error(`${rows.at(-1)!.figure}: ${rows.at(-1)!.measured}`);
} finally {
  await server.stop();
  await db.$disconnect();
}
if (args.json) console.log(JSON.stringify(rows));
