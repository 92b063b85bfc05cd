import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { env } from "@/lib/env";
import { e2eDatabase } from "@/scripts/lib/e2e-database";
import { type RunningServer, startAppServer } from "@/scripts/lib/serve";
import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";
import { demoIds } from "./demo-ids";

// Every page and download of the app, visited one at a time on a server of its own whose node-postgres
// records each statement it sends (tests/support/record-statements.mjs): no request may send the same
// statement with the same parameters twice. A repeated read is a principal, a context or a tree loaded
// again instead of shared within the request (React `cache`).
const log = path.join(tmpdir(), `sakip-statements-${process.pid}.jsonl`);
const port = env.E2E_PORT + 1;
let server: RunningServer;

type Account = keyof typeof demoAccounts | null;
/** `status`: what the visit answers when not 200 (the demo has no image, so its routes answer 404). */
type Visit = { url: string; as: Account; status?: number };

/** The route of every page.tsx and GET route.ts under app/, e.g. "/opd/[slug]/[tahun]/dasbor". */
function appRoutes(dir = "app", route = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return appRoutes(path.join(dir, entry.name), `${route}/${entry.name}`);
    if (entry.name === "page.tsx") return [route || "/"];
    const handler = entry.name === "route.ts" && readFileSync(path.join(dir, entry.name), "utf8");
    return handler && /export async function GET\b/.test(handler) ? [route] : [];
  });
}

function visitsByRoute(ids: { programId: string; subKegiatanId: string }): Record<string, Visit> {
  const opdYear = "/opd/dinsos-serang/2022";
  const year = (route: string) => route.replace("/opd/[slug]/[tahun]", opdYear);
  const visits: Record<string, Visit> = {
    "/": { url: "/", as: "kepala" },
    "/masuk": { url: "/masuk", as: null },
    "/akun": { url: "/akun", as: "kepala" },
    "/notifikasi": { url: "/notifikasi", as: "kepala" },
    "/admin": { url: "/admin", as: "admin" },
    "/admin/audit": { url: "/admin/audit", as: "admin" },
    "/admin/audit.xlsx": { url: "/admin/audit.xlsx", as: "admin" },
    "/admin/logo": { url: "/admin/logo", as: "admin", status: 404 },
    "/admin/lke": { url: "/admin/lke", as: "admin" },
    "/opd/[slug]/[tahun]/gambar/[id]": { url: `${opdYear}/gambar/tidak-ada`, as: "kepala", status: 404 },
    "/opd/[slug]/[tahun]/bukti": { url: `${opdYear}/bukti`, as: "perencana" },
    "/opd/[slug]/[tahun]/bukti/[id]": { url: `${opdYear}/bukti/tidak-ada`, as: "kepala", status: 404 },
    "/wilayah/[tahun]": { url: "/wilayah/2022", as: "inspektorat" },
    "/wilayah/[tahun]/lke": { url: "/wilayah/2022/lke", as: "inspektorat" },
    "/verifikasi": { url: "/verifikasi", as: null },
    "/verifikasi/[kode]": { url: "/verifikasi/ABCD-EFGH-JKLM", as: null },
    "/publik/[kode]": { url: "/publik/3604", as: null },
    "/publik/[kode]/lkip/[berkas]": {
      url: "/publik/3604/lkip/LKIP-dinsos-serang-2022-final-r1.pdf",
      as: null,
      status: 404,
    },
    "/opd/[slug]/[tahun]/program/[id]": { url: `${opdYear}/program/${ids.programId}`, as: "kepala" },
    "/opd/[slug]/[tahun]/sub-kegiatan/[id]": {
      url: `${opdYear}/sub-kegiatan/${ids.subKegiatanId}`,
      as: "kepala",
    },
    "/opd/[slug]/[tahun]/realisasi/[triwulan]": { url: `${opdYear}/realisasi/4`, as: "perencana" },
    "/opd/[slug]/[tahun]/impor": { url: `${opdYear}/impor`, as: "perencana" },
    "/opd/[slug]/[tahun]/audit": { url: `${opdYear}/audit`, as: "inspektorat" },
    "/opd/[slug]/[tahun]/audit.xlsx": { url: `${opdYear}/audit.xlsx`, as: "inspektorat" },
  };
  for (const route of appRoutes()) {
    if (!visits[route] && route.startsWith("/opd/[slug]/[tahun]")) {
      visits[route] = { url: year(route), as: "kepala" };
    }
  }
  return visits;
}

/** Statements sent more than once with the same parameters, as "count× statement [parameters]". */
function repeatedStatements(lines: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const { text, parameters } = JSON.parse(line) as { text: string; parameters?: unknown[] };
    // Transaction control repeats by nature. Prisma loads each relation with a statement of its own, and a
    // relation of an empty list (the LKIP's transitions' authors, say) asks `… IN (NULL)`: it reads nothing.
    if (/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i.test(text) || text.includes("IN (NULL)")) continue;
    const key = `${text.replace(/\s+/g, " ").trim()} ${JSON.stringify(parameters ?? [])}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 1).map(([key, count]) => `${count}× ${key}`);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  writeFileSync(log, "");
  server = await startAppServer(e2eDatabase, port, {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${path.resolve("tests/support/record-statements.mjs")}`,
    SAKIP_STATEMENT_LOG: log,
  });
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(log, { force: true });
});

test("every page and download sends each statement at most once per request", async ({ page }) => {
  test.setTimeout(600_000);
  const cookies = new Map<Account, string>([[null, ""]]);
  for (const account of ["kepala", "perencana", "admin", "inspektorat"] as const) {
    await signIn(page, demoAccounts[account]);
    const all = await page.context().cookies();
    cookies.set(account, all.map((cookie) => `${cookie.name}=${cookie.value}`).join("; "));
  }
  const visits = visitsByRoute(await demoIds());
  // A page added later without a visit here fails instead of going unchecked.
  expect(appRoutes().filter((route) => !visits[route])).toEqual([]);

  const statementsPerVisit: string[] = [];
  const repeats: Record<string, string[]> = {};
  for (const [route, visit] of Object.entries(visits)) {
    writeFileSync(log, "");
    const response = await fetch(`${server.url}${visit.url}`, {
      headers: { cookie: cookies.get(visit.as)! },
      redirect: "manual",
    });
    await response.arrayBuffer();
    expect(response.status, `${visit.url} as ${visit.as}`).toBe(visit.status ?? 200);
    const lines = readFileSync(log, "utf8").split("\n").filter(Boolean);
    statementsPerVisit.push(`${route}: ${lines.length}`);
    const repeated = repeatedStatements(lines);
    if (repeated.length > 0) repeats[route] = repeated;
  }
  console.log(`Statements per request:\n${statementsPerVisit.join("\n")}`);
  expect(repeats).toEqual({});
});
