/**
 * What the benchmarks need of a running server: signed-in cookies made the way sign-in makes them,
 * autocannon runs, and the server's memory.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import autocannon from "autocannon";
import {
  SESSION_COOKIE,
  SESSION_HOURS,
  sessionIdOf,
  signSessionToken,
} from "@/lib/server/auth/session-token";
import type { createPrismaClient } from "@/lib/server/prisma-client";
import { type RunningServer, sessionSecret } from "../lib/serve";

/** Resident memory of the server: its process and all descendants, in MiB. */
export const serverRssMiB = (server: RunningServer) => treeRssKiB(server.pid) / 1024;

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
  return `${SESSION_COOKIE}=${signSessionToken(token, sessionSecret())}`;
}

export type LoadResult = { requestsPerSecond: number; p97_5: number; failures: number };

/**
 * 50 connections for `seconds` against one page; every answer must be a 200 within autocannon's 10 s (slower ones
 * count as failures). Waits first until one request is answered on its own, so the load of the page
 * before does not spill into this one's figures.
 */
export async function loadPage(url: string, cookie: string, seconds = 10): Promise<LoadResult> {
  const response = await fetch(url, {
    headers: { cookie },
    redirect: "manual",
    signal: AbortSignal.timeout(600_000),
  });
  if (response.status !== 200) throw new Error(`${url} menjawab ${response.status}, bukan 200`);
  await response.arrayBuffer();
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    headers: { cookie },
  });
  return {
    requestsPerSecond: result.requests.average,
    p97_5: result.latency.p97_5,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/** Waits (up to 3 minutes) until the server answers the sign-in page within 300 ms: the load before has drained. */
export async function waitUntilIdle(baseUrl: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const started = performance.now();
    const ok = await fetch(`${baseUrl}/masuk`, { signal: AbortSignal.timeout(10_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok && performance.now() - started < 300) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
