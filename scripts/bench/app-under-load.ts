/**
 * A production build of the app on a loopback port for the benchmarks: started and stopped by the bench,
 * signed-in cookies made the way sign-in makes them, autocannon runs, and the server's memory.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { sealData } from "iron-session";
import { type DatabaseConfig, toDatabaseUrl } from "@/lib/database-config";
import { sessionIdOf, SESSION_HOURS } from "@/lib/server/auth/session";
import type { createPrismaClient } from "@/lib/server/prisma-client";
import { sessionSecret } from "../lib/serve";

export type BenchServer = { url: string; stop: () => Promise<void>; rssMiB: () => number };

export async function startBenchServer(config: DatabaseConfig, port: number): Promise<BenchServer> {
  const child = spawn(
    path.join("node_modules", ".bin", "tsx"),
    ["scripts/app-server.ts", "--port", String(port)],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        HOST: "127.0.0.1",
        DATABASE_URL: toDatabaseUrl(config),
        SESSION_SECRET: sessionSecret(),
        SESSION_COOKIE_SECURE: "false",
      },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const ready = await fetch(`${url}/masuk`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (tries > 240 || child.exitCode !== null) throw new Error(`server bench tidak siap di ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    rssMiB: () => treeRssKiB(child.pid!) / 1024,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Resident memory of a process and all its descendants (tsx runs the server in a child node process). */
function treeRssKiB(root: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended while listing.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  }
  return tree.reduce((sum, pid) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      return sum + Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      return sum;
    }
  }, 0);
}

/** A session row and its sealed cookie, as startSession makes them. */
export async function signedInCookie(
  db: ReturnType<typeof createPrismaClient>,
  email: string,
): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const token = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      id: sessionIdOf(token),
      pemdaId: user.pemdaId,
      userId: user.id,
      sessionVersion: user.sessionVersion,
      expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000),
    },
  });
  const sealed = await sealData({ token }, { password: sessionSecret(), ttl: SESSION_HOURS * 3600 });
  return `sakip_sesi=${sealed}`;
}

export type LoadResult = { requestsPerSecond: number; p97_5: number; failures: number };

/** 50 connections for `seconds` against one page; every answer must be a 200. */
export async function loadPage(url: string, cookie: string, seconds = 10): Promise<LoadResult> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${url} menjawab ${response.status}, bukan 200`);
  const result = await autocannon({ url, connections: 50, duration: seconds, headers: { cookie } });
  return {
    requestsPerSecond: result.requests.average,
    p97_5: result.latency.p97_5,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
