/**
 * The soak test of `npm run bench`: minutes of mixed load on the synthetic region against the bench's app
 * server, as a handful of people would make it: two readers of OPD and region dashboards, a planner saving
 * the realisasi grid, a planner importing workbooks (dry run, then commit), and LKIP PDF downloads (drafts of
 * a few OPDs, and of the OPDs just saved, whose stored draft the save made stale). Meanwhile `/masuk` is
 * probed every second. Per minute: requests, errors, /masuk p97,5 and the server's RSS; then the goals of
 * issue 22: no error, RSS at the end within ±10 % of the RSS after warm-up, /masuk p97,5 ≤ 1 s in every
 * minute.
 */
import ExcelJS from "exceljs";
import type { createPrismaClient } from "@/lib/server/prisma-client";
import { SYNTHETIC_PEMDA_CODE, SYNTHETIC_YEAR, syntheticOpdSlug } from "@/prisma/demo/synthetic-region";
import type { RunningServer } from "../lib/serve";
import { serverRssMiB, signedInCookie, waitUntilIdle } from "./app-under-load";
import { type Outcome, recordingClient, serverActionId } from "./browser-requests";
import { type BenchRow, markdownTable, ms, percentile } from "./figures";
import { probeMasuk } from "./masuk-probe";

type Db = ReturnType<typeof createPrismaClient>;

/** OPD numbers of the synthetic region by user, disjoint so that no two users edit the same OPD. */
const GRID_OPDS = [2, 3, 4, 5, 6];
const IMPORT_OPDS = [7, 8];
const PDF_OPDS = [9, 10, 11, 12];
/** Pauses after each round of a user: a dashboard reader, the grid planner, the importing planner, PDFs. */
const PAUSE_MS = { dashboard: 1000, grid: 5000, import: 10_000, pdf: 30_000 };
const GRID_CELLS = { anggaran: 80, nilai: 20 };
/** Leaves whose TW IV (and total) realisasi an import raises by Rp 1.000; the next import sets them back. */
const IMPORT_CHANGED_ROWS = 20;

const kinds = [
  "Dasbor OPD",
  "Dasbor wilayah",
  "Halaman grid",
  "Simpan grid",
  "Ekspor xlsx",
  "Halaman impor",
  "Impor: uji",
  "Impor: simpan",
  "PDF LKIP",
  "/masuk",
] as const;
type Kind = (typeof kinds)[number];

const count = (n: number) => n.toLocaleString("id-ID");
const mib = (value: number) => `${count(Math.round(value))} MiB`;
const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

/** An OPD's exported workbook with some leaves' TW IV realisasi raised, and as exported: imported in turn. */
export async function importVariants(exported: Buffer<ArrayBuffer>): Promise<[string, string]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(exported.buffer);
  let changed = 0;
  workbook.getWorksheet("Anggaran")!.eachRow((row, number) => {
    const [tw4, total] = [row.getCell(9), row.getCell(10)];
    if (number === 1 || changed === IMPORT_CHANGED_ROWS || typeof tw4.value !== "number") return;
    tw4.value += 1000;
    total.value = Number(total.value) + 1000;
    changed++;
  });
  const raised = Buffer.from(await workbook.xlsx.writeBuffer());
  return [raised.toString("base64"), exported.toString("base64")];
}

/** The users of the soak, each a function of its round number. */
async function soakUsers(server: RunningServer, db: Db, thinkUntil: () => number) {
  const year = SYNTHETIC_YEAR;
  const client = recordingClient<Kind>(server.url);
  const opds = await db.perangkatDaerah.findMany({
    where: { pemda: { code: SYNTHETIC_PEMDA_CODE } },
    select: { id: true, slug: true },
  });
  const opdIdOf = (n: number) => opds.find((opd) => opd.slug === syntheticOpdSlug(n))!.id;
  const cookies = new Map<string, string>();
  const cookieOf = async (email: string) => {
    if (!cookies.has(email)) cookies.set(email, await signedInCookie(db, email));
    return cookies.get(email)!;
  };
  const kepala = (n: number) => cookieOf(`kepala.${syntheticOpdSlug(n)}@sintetis.go.id`);
  const perencana = (n: number) => cookieOf(`perencana.${syntheticOpdSlug(n)}@sintetis.go.id`);
  const inspektorat = await cookieOf("inspektorat@sintetis.go.id");
  const gridAction = serverActionId("lib/actions/realisasi-grid.ts", "saveRealisasiGridAction");
  const importAction = serverActionId("lib/actions/xlsx.ts", "importWorkbookAction");
  const think = (millis: number) => sleep(Math.max(0, Math.min(millis, thinkUntil() - performance.now())));
  // OPDs saved or imported since their last PDF download: their stored LKIP draft is stale.
  const changed = new Set<number>();

  const dashboards = async (round: number) => {
    const n = (round % opds.length) + 1;
    await client.request("Dasbor OPD", `/opd/${syntheticOpdSlug(n)}/${year}/dasbor`, await kepala(n));
    await think(PAUSE_MS.dashboard);
    await client.request("Dasbor wilayah", `/wilayah/${year}?tw=${(round % 4) + 1}`, inspektorat);
    await think(PAUSE_MS.dashboard);
  };

  const gridSave = async (round: number) => {
    const n = GRID_OPDS[round % GRID_OPDS.length]!;
    const page = `/opd/${syntheticOpdSlug(n)}/${year}/realisasi/4`;
    const cookie = await perencana(n);
    if (await client.request("Halaman grid", page, cookie)) {
      // The versions the page showed, read from the database rather than out of the page's payload.
      const ofYear = { opdId: opdIdOf(n), year };
      const pass = Math.floor(round / GRID_OPDS.length);
      const lines = await db.rekeningBelanja.findMany({
        where: { subKegiatan: ofYear },
        orderBy: { id: "asc" },
        skip: (pass * GRID_CELLS.anggaran) % 1000,
        take: GRID_CELLS.anggaran,
        select: { id: true, realisasi: { where: { period: "TW4" }, select: { version: true } } },
      });
      const indicators = await db.indikator.findMany({
        where: { subKegiatan: ofYear, calculation: "LANGSUNG" },
        orderBy: { id: "asc" },
        skip: (pass * GRID_CELLS.nilai) % 400,
        take: GRID_CELLS.nilai,
        select: { id: true, realisasi: { where: { year, period: "TW4" }, select: { version: true } } },
      });
      const cells = [
        ...lines.map((line, i) => ({
          key: `anggaran:${line.id}`,
          text: String(1_000_000 + ((pass * 7 + i) % 90) * 10_000),
          version: line.realisasi[0]?.version ?? null,
        })),
        ...indicators.map((indicator, i) => ({
          key: `nilai:${indicator.id}`,
          text: `${50 + ((pass + i) % 50)},5`,
          version: indicator.realisasi[0]?.version ?? null,
        })),
      ].map((cell, i) => ({ ...cell, row: i + 1 }));
      const input = { opdId: opdIdOf(n), year, quarter: 4, cells };
      if (await client.action("Simpan grid", page, cookie, gridAction, input, /^1:\{"ok":true/m)) {
        changed.add(n);
        await client.refresh("Halaman grid", page, cookie);
      }
    }
    await think(PAUSE_MS.grid);
  };

  const workbooks = new Map<number, [string, string]>();
  for (const n of IMPORT_OPDS) {
    const url = `/opd/${syntheticOpdSlug(n)}/${year}/export.xlsx`;
    const exported = await client.request("Ekspor xlsx", url, await perencana(n));
    if (!exported) throw new Error(`${url}: ${client.firstErrors.get("Ekspor xlsx")}`);
    workbooks.set(n, await importVariants(exported));
  }
  const importWorkbook = async (round: number) => {
    const n = IMPORT_OPDS[round % IMPORT_OPDS.length]!;
    const page = `/opd/${syntheticOpdSlug(n)}/${year}/impor`;
    const cookie = await perencana(n);
    const file = workbooks.get(n)![Math.floor(round / IMPORT_OPDS.length) % 2]!;
    const input = { opdId: opdIdOf(n), year, fileName: "ekspor.xlsx", file, confirmRemovals: false };
    if (await client.request("Halaman impor", page, cookie)) {
      const dryRun = await client.action(
        "Impor: uji",
        page,
        cookie,
        importAction,
        { ...input, planDigest: null, dryRun: true },
        /^1:\{"ok":true,"value":\{"ok":true,"committed":false/m,
      );
      const planDigest = dryRun && /"planDigest":"([0-9a-f]+)"/.exec(dryRun)?.[1];
      const committed =
        planDigest &&
        (await client.action(
          "Impor: simpan",
          page,
          cookie,
          importAction,
          { ...input, planDigest, dryRun: false },
          /^1:\{"ok":true,"value":\{"ok":true,"committed":true/m,
        ));
      if (committed) {
        changed.add(n);
        await client.refresh("Halaman impor", page, cookie);
      }
    }
    await think(PAUSE_MS.import);
  };

  const pdfDownload = async (round: number) => {
    // Every other download: an OPD changed since its last download (rendered anew); else the next of a few.
    const stale = round % 2 === 1 ? [...changed][0] : undefined;
    const n = stale ?? PDF_OPDS[Math.floor(round / 2) % PDF_OPDS.length]!;
    changed.delete(n);
    await client.request(
      "PDF LKIP",
      `/opd/${syntheticOpdSlug(n)}/${year}/lkip.pdf`,
      await kepala(n),
      { timeoutMs: 300_000 },
      (response) => (response.headers.get("content-type") === "application/pdf" ? null : "bukan PDF"),
    );
    await think(PAUSE_MS.pdf);
  };

  const users = [
    (round: number) => dashboards(2 * round),
    (round: number) => dashboards(2 * round + 1),
    gridSave,
    importWorkbook,
    pdfDownload,
  ];
  return { client, users };
}

export type SoakResult = { rows: BenchRow[]; tables: string[] };

/**
 * The server's RSS once it answers promptly and has stayed idle: the lowest of a reading a second for a minute.
 * Idle worker threads end 20 s after their last job (lib/server/heavy/run-heavy.ts), and V8 collects the
 * request heap's garbage only some seconds into idleness; the lowest reading is the memory the server holds,
 * not how much garbage happened to await collection at one instant, so a leak shows and a late collection
 * does not.
 */
async function idleRss(server: RunningServer): Promise<number> {
  await waitUntilIdle(server.url);
  let lowest = serverRssMiB(server);
  for (let second = 0; second < 60; second++) {
    await sleep(1000);
    lowest = Math.min(lowest, serverRssMiB(server));
  }
  return lowest;
}

/**
 * The mixed load before the measured minutes: half the soak, at most 10 minutes. A fresh server's memory
 * grows over its first minutes of concurrent load and then holds: in 5-minute soaks one after another on one
 * server (2026-12-08), the idle RSS went 316 MiB after one round of each user, then 385, 416, 416 and 407 MiB
 * at the end of each. Over the first 5 minutes the server's V8 heap grew 114 → 126 MiB and the rest of its
 * memory 154 → 210 MiB: threads that allocated at once each got an arena of glibc's malloc, and V8 compiled
 * the paths the load takes. Measured from a cold server, a soak would report that start-up as growth;
 * measured from a warm one, what it reports is growth during the load.
 */
const warmUpMinutes = (minutes: number) => Math.min(10, minutes / 2);

/**
 * Runs the soak for `minutes` against `server` (the synthetic region loaded in `db`): one round of every
 * user back to back, then the same load for `warmUpMinutes`, the server's RSS once it is idle, the load,
 * the RSS once idle again. Says each minute on stderr as it goes (what has finished by then); the tables
 * count every request and probe in the minute it finished or was sent.
 */
export async function soak(server: RunningServer, db: Db, minutes: number): Promise<SoakResult> {
  let deadline = 0;
  const { client, users } = await soakUsers(server, db, () => deadline);
  // Each user's rounds go on from the warm-up into the load: the OPDs and values it visits move on.
  const rounds = users.map(() => 0);
  const runUsers = (until: number) => {
    deadline = until;
    return Promise.all(
      users.map(async (user, u) => {
        while (performance.now() < until) await user(rounds[u]!++);
      }),
    );
  };
  const warmUp = warmUpMinutes(minutes);
  console.error(`Uji ketahanan: pemanasan (satu putaran tiap pengguna, lalu ${count(warmUp)} menit beban)`);
  // A freshly loaded region has no stored result yet: its first region dashboards compute all 50 OPDs'.
  for (const [u, user] of users.entries()) await user(rounds[u]!++);
  await runUsers(performance.now() + warmUp * 60_000);
  // Errors of the warm-up are said and count against the goal; its durations are not figures.
  const warmUpErrors = client.outcomes.filter((outcome) => !outcome.ok).length;
  client.outcomes.length = 0;
  const rssStart = await idleRss(server);

  const started = performance.now();
  const probe = probeMasuk(server.url, 1000);
  const minuteCount = Math.ceil(minutes);
  const minuteOf = (at: number) => Math.min(minuteCount - 1, Math.floor((at - started) / 60_000));
  const rssAtMinute: number[] = [];
  let rssPeak = rssStart;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, serverRssMiB(server))), 1000);
  const minuteRow = (m: number) => {
    const requests = client.outcomes.filter((outcome) => minuteOf(outcome.endedAt) === m);
    const probes = probe.probes.filter((p) => minuteOf(p.sentAt) === m);
    return {
      requests: requests.length,
      errors: [...requests, ...probes].filter((o) => !o.ok).length,
      masuk: probes.map((p) => p.ms),
      rss: rssAtMinute[m]!,
    };
  };
  const ticker = setInterval(() => {
    const m = rssAtMinute.length;
    if (m >= minuteCount - 1) return;
    rssAtMinute.push(serverRssMiB(server));
    const row = minuteRow(m);
    console.error(
      `Uji ketahanan menit ${m + 1}: ${count(row.requests)} permintaan, ${row.errors} galat, ` +
        `/masuk p97,5 ${ms(percentile(row.masuk, 97.5))}, RSS ${mib(row.rss)}`,
    );
  }, 60_000);
  await runUsers(started + minutes * 60_000);
  clearInterval(ticker);
  rssAtMinute.push(serverRssMiB(server));
  const probes = await probe.stop();
  const elapsedMs = performance.now() - started;
  const perMinute = Array.from({ length: minuteCount }, (_, m) => minuteRow(m));
  const rssEnd = await idleRss(server);
  clearInterval(sampler);

  const all: Outcome<Kind>[] = [
    ...client.outcomes,
    ...probes.map((p) => ({ kind: "/masuk" as const, endedAt: p.sentAt + p.ms, ms: p.ms, ok: p.ok })),
  ];
  const ofKind = kinds
    .map((kind) => ({ kind, outcomes: all.filter((outcome) => outcome.kind === kind) }))
    .filter(({ outcomes }) => outcomes.length > 0);
  const errors = all.filter((outcome) => !outcome.ok).length;
  const errorsByKind = ofKind
    .map(({ kind, outcomes }) => ({ kind, errors: outcomes.filter((o) => !o.ok).length }))
    .filter((entry) => entry.errors > 0)
    .map((entry) => `${entry.kind} ${entry.errors}`);
  const firstError = [...client.firstErrors.values()][0] ?? "/masuk tidak menjawab 200";
  const drift = (rssEnd - rssStart) / rssStart;
  const p97 = perMinute.map((row) => percentile(row.masuk, 97.5));
  const worst = p97.indexOf(Math.max(...p97));
  const minutesOver = p97.filter((value) => value > 1000).length;
  const label = `Uji ketahanan ${count(minutes)} menit (${count(Math.round(elapsedMs / 1000))} s)`;

  return {
    rows: [
      {
        figure: `${label}: galat`,
        measured:
          `${count(client.outcomes.length)} permintaan dan ${count(probes.length)} probe /masuk, ${count(errors)} galat` +
          (errors > 0 ? ` (${errorsByKind.join(", ")})` : "") +
          (warmUpErrors > 0 ? `; pemanasan ${count(warmUpErrors)} galat` : "") +
          (errors + warmUpErrors > 0 ? `; pertama: ${firstError}` : ""),
        goal: "0 galat",
        ok: errors + warmUpErrors === 0,
      },
      {
        figure: `${label}: RSS server di akhir vs setelah pemanasan`,
        measured:
          `${mib(rssStart)} setelah pemanasan ${count(warmUp)} menit → ${mib(rssEnd)} ` +
          `(${(drift * 100).toLocaleString("id-ID", { maximumFractionDigits: 1, signDisplay: "always" })} %), ` +
          `puncak ${mib(Math.max(rssPeak, rssEnd))}`,
        goal: "± 10 %",
        ok: Math.abs(drift) <= 0.1,
      },
      {
        figure: `${label}: /masuk p97,5 tiap menit (probe tiap detik)`,
        measured:
          `terburuk ${ms(p97[worst]!)} (menit ${worst + 1}), ${minutesOver} dari ${minuteCount} menit ` +
          `> 1.000 ms; seluruh uji p97,5 ${ms(
            percentile(
              probes.map((p) => p.ms),
              97.5,
            ),
          )}`,
        goal: "≤ 1.000 ms tiap menit",
        ok: minutesOver === 0,
      },
    ],
    tables: [
      markdownTable(
        ["Menit", "Permintaan", "Galat", "/masuk p97,5", "/masuk maks", "RSS server"],
        perMinute.map((row, m) => [
          String(m + 1),
          count(row.requests),
          count(row.errors),
          ms(percentile(row.masuk, 97.5)),
          ms(Math.max(0, ...row.masuk)),
          mib(row.rss),
        ]),
      ),
      markdownTable(
        ["Jenis permintaan", "Jumlah", "Galat", "p50", "p97,5", "maks"],
        ofKind.map(({ kind, outcomes }) => {
          const latencies = outcomes.map((outcome) => outcome.ms);
          return [
            kind,
            count(outcomes.length),
            count(outcomes.filter((o) => !o.ok).length),
            ms(percentile(latencies, 50)),
            ms(percentile(latencies, 97.5)),
            ms(Math.max(...latencies)),
          ];
        }),
      ),
    ],
  };
}
