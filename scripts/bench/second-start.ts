/**
 * `npm start` the second time with nothing changed: from the command to the first page served. The bench has
 * built the app (with its source stamp) and prepared the database, so this start only has to find that out.
 */
import { spawn } from "node:child_process";
import { type DatabaseConfig, toDatabaseUrl } from "@/lib/database-config";

export async function timeSecondStart(config: DatabaseConfig, port: number): Promise<number> {
  const started = performance.now();
  // Its own process group, so that npm, tsx and the app server below them stop together.
  const child = spawn("npm", ["start"], {
    detached: true,
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: toDatabaseUrl(config), PORT: String(port) },
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    while (performance.now() - started < 300_000) {
      const ok = await fetch(`http://127.0.0.1:${port}/masuk`, { signal: AbortSignal.timeout(5000) }).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      if (child.exitCode !== null) throw new Error(`npm start berhenti (kode ${child.exitCode})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("npm start tidak melayani dalam 300 s");
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
    await exited;
  }
}
