import { spawn, spawnSync, type StdioOptions } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type DatabaseConfig, toDatabaseUrl } from "@/lib/database-config";
import { env } from "@/lib/env";
import { buildIsCurrent, sourceHash, writeBuildStamp } from "./build-stamp";
import { supervise } from "./supervise";

const nextBin = path.join("node_modules", ".bin", "next");
const secretFile = path.join(process.cwd(), ".data", "session-secret");

/**
 * Builds the app unless `.next` already holds a build of exactly these sources (scripts/lib/build-stamp.ts):
 * a second `npm start` with nothing changed serves at once.
 */
export function buildApp(): void {
  const root = process.cwd();
  const hash = sourceHash(root);
  if (buildIsCurrent(root, hash)) {
    console.error("Build aplikasi sudah sesuai sumbernya; tidak dibangun ulang.");
    return;
  }
  const result = spawnSync(nextBin, ["build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build gagal");
  writeBuildStamp(root, hash);
}

/** SESSION_SECRET when set; otherwise one generated once for this machine and kept under .data/. */
export function sessionSecret(): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  if (!existsSync(secretFile)) {
    mkdirSync(path.dirname(secretFile), { recursive: true });
    writeFileSync(secretFile, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(secretFile, "utf8").trim();
}

type ServerArgs = { config: DatabaseConfig; port: number; dev: boolean; env?: Record<string, string> };

function spawnAppServer(args: ServerArgs, stdio: StdioOptions) {
  const serverArgs = ["scripts/app-server.ts", "--port", String(args.port), ...(args.dev ? ["--dev"] : [])];
  return spawn(path.join("node_modules", ".bin", "tsx"), serverArgs, {
    stdio,
    env: {
      ...process.env,
      ...args.env,
      DATABASE_URL: toDatabaseUrl(args.config),
      SESSION_SECRET: sessionSecret(),
    },
  });
}

/**
 * Runs the app server (scripts/app-server.ts) against `config` until this process is told to stop; a server
 * that dies is started again (`supervise`).
 */
export function serveApp(args: ServerArgs): Promise<number> {
  const server = supervise(() => spawnAppServer(args, "inherit"));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.stop(signal));
  }
  return server.done;
}

export type RunningServer = { url: string; pid: number; stop: () => Promise<void> };

/**
 * Starts the built app on a loopback port in the background (benchmarks, the two-server test); resolves once
 * it answers. `env`: variables added to the server's environment.
 */
export async function startAppServer(
  config: DatabaseConfig,
  port: number,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const child = spawnAppServer({ config, port, dev: false, env }, ["ignore", "ignore", "inherit"]);
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const ready = await fetch(`${url}/masuk`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (tries > 240 || child.exitCode !== null) throw new Error(`server aplikasi tidak siap di ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
