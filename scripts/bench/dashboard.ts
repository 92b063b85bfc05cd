/**
 * The dashboards under load: autocannon (50 connections, 10 s each) against a production build that this
 * script starts on a free loopback port over its own database (the demo: Serang 2022 and 2023), signed
 * in with a session cookie. Prints the OPD dashboard's, the region dashboard's and the signed-in home
 * page's req/s and p97.5 latency, measured in the same run.
 *
 *   npx tsx --conditions=react-server scripts/bench/dashboard.ts
 */
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import { sealData } from "iron-session";
import {
  embeddedDefaults,
  parseDatabaseUrl,
  toDatabaseUrl,
  type DatabaseConfig,
} from "@/lib/database-config";
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { prepareDatabase } from "../lib/database";
import { loadDemoData } from "../lib/demo";
import { buildApp } from "../lib/serve";

export type BenchRow = { figure: string; value: string; goal: string; ok: boolean };

const CONNECTIONS = 50;
const SECONDS = 10;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** A session row for the account and the sealed cookie that names it, as signing in makes them. */
async function sessionCookie(config: DatabaseConfig, secret: string, email: string): Promise<string> {
  const db = createPrismaClient(config);
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const token = randomBytes(32).toString("base64url");
    await db.session.create({
      data: {
        id: createHash("sha256").update(token).digest("base64url"),
        pemdaId: user.pemdaId,
        userId: user.id,
        sessionVersion: user.sessionVersion,
        userAgent: "autocannon",
        clientAddress: "127.0.0.1",
        expiresAt: new Date(Date.now() + 8 * 60 * 60 * 1000),
      },
    });
    return `sakip_sesi=${await sealData({ token }, { password: secret, ttl: 8 * 60 * 60 })}`;
  } finally {
    await db.$disconnect();
  }
}

async function waitUntilUp(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (child.exitCode !== null) throw new Error("Server aplikasi berhenti sebelum siap");
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Server aplikasi tidak menjawab di ${url}`);
}

async function load(url: string, cookie: string) {
  const headers = { cookie };
  // Warm up: the first requests compile nothing in production, but fill the connection pool.
  await autocannon({ url, connections: 5, duration: 2, headers });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  // A wrong answer (a redirect to /masuk, an error page) would measure the wrong thing.
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} jawaban bukan 2xx`);
  return { perSecond: result.requests.average, p975: result.latency.p97_5, timeouts: result.errors };
}

export async function bench(): Promise<BenchRow[]> {
  const server = env.TEST_DATABASE_URL ? parseDatabaseUrl(env.TEST_DATABASE_URL) : embeddedDefaults;
  const config = { ...server, database: "sakip_bench_dashboard" };
  await prepareDatabase(config, { fresh: true });
  await loadDemoData(config);
  if (!existsSync(".next/BUILD_ID")) buildApp();

  const port = await freePort();
  const secret = randomBytes(32).toString("hex");
  const child = spawn(
    path.join("node_modules", ".bin", "tsx"),
    ["scripts/app-server.ts", "--port", String(port)],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: toDatabaseUrl(config),
        SESSION_SECRET: secret,
        SESSION_COOKIE_SECURE: "false",
        HOST: "127.0.0.1",
      },
    },
  );
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitUntilUp(`${base}/masuk`, child);
    const kepala = await sessionCookie(config, secret, "kepala.dinsos@sakip.demo");
    const inspektorat = await sessionCookie(config, secret, "inspektorat.serang@sakip.demo");
    const home = await load(`${base}/`, kepala);
    const opd = await load(`${base}/opd/dinsos-serang/2023/dasbor`, kepala);
    const region = await load(`${base}/wilayah/2023`, inspektorat);
    const rate = (value: number) => `${value.toFixed(1).replace(".", ",")} req/s`;
    const ms = (value: number, timeouts = 0) =>
      `${value.toFixed(0)} ms${timeouts > 0 ? ` (${timeouts} melewati 10 s)` : ""}`;
    return [
      {
        figure: "home page (signed in), 50 connections",
        value: rate(home.perSecond),
        goal: "reference",
        ok: true,
      },
      { figure: "home page p97.5", value: ms(home.p975), goal: "reference", ok: true },
      {
        figure: "OPD dashboard 2023 (demo), 50 connections",
        value: rate(opd.perSecond),
        goal: "≥ 100 req/s",
        ok: opd.perSecond >= 100,
      },
      {
        figure: "OPD dashboard p97.5",
        value: ms(opd.p975, opd.timeouts),
        goal: "≤ 1000 ms",
        ok: opd.p975 <= 1000 && opd.timeouts === 0,
      },
      {
        figure: "region dashboard 2023 (demo), 50 connections",
        value: rate(region.perSecond),
        goal: "≥ 50 req/s",
        ok: region.perSecond >= 50,
      },
      {
        figure: "region dashboard p97.5",
        value: ms(region.p975),
        goal: "≤ 1500 ms",
        ok: region.p975 <= 1500,
      },
    ];
  } finally {
    child.kill("SIGTERM");
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await bench();
  for (const row of rows) {
    console.log(
      `${row.figure.padEnd(46)} ${row.value.padStart(12)}   goal ${row.goal.padEnd(12)} ${row.ok ? "ok" : "NOT MET"}`,
    );
  }
  process.exit(0);
}
