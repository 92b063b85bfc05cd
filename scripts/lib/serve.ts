import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { type DatabaseConfig, toDatabaseUrl } from "@/lib/database-config";

const nextBin = path.join("node_modules", ".bin", "next");

export function buildApp(): void {
  const result = spawnSync(nextBin, ["build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build gagal");
}

/** Runs `next start` (or `next dev`) against `config` until it exits or this process is told to stop. */
export function serveApp(args: { config: DatabaseConfig; port: number; dev: boolean }): Promise<number> {
  const child = spawn(nextBin, [args.dev ? "dev" : "start", "-p", String(args.port)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: toDatabaseUrl(args.config) },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => child.kill(signal));
  }
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 0)));
}
