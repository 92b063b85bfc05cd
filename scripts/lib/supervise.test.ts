import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { supervise } from "./supervise";

/** A real Node process that counts its starts in `file` and exits with code 3 on each of the first `crashes`. */
function crashingServer(file: string, crashes: number) {
  writeFileSync(file, "0");
  return () =>
    spawn(process.execPath, [
      "-e",
      `const fs = require("fs"); const n = Number(fs.readFileSync(${JSON.stringify(file)}, "utf8")) + 1;
       fs.writeFileSync(${JSON.stringify(file)}, String(n));
       if (n <= ${crashes}) process.exit(3); setInterval(() => {}, 1000);`,
    ]);
}

const waitFor = async (condition: () => boolean) => {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 200) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe("the supervisor of npm start", () => {
  it("starts a crashed server again, says so, and stops it for good when told", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "supervise-")), "starts");
    const lines: string[] = [];
    const server = supervise(crashingServer(file, 2), { delayMs: 10, log: (line) => lines.push(line) });
    await waitFor(() => readFileSync(file, "utf8") === "3");
    expect(lines).toEqual([
      "Server aplikasi berhenti (kode 3); dijalankan ulang.",
      "Server aplikasi berhenti (kode 3); dijalankan ulang.",
    ]);
    server.stop("SIGTERM");
    expect(await server.done).toBe(0);
    expect(readFileSync(file, "utf8")).toBe("3");
  });

  it("gives up on a server that cannot start, instead of restarting it for ever", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "supervise-")), "starts");
    const lines: string[] = [];
    const server = supervise(crashingServer(file, 100), {
      maxRestarts: 3,
      delayMs: 10,
      log: (line) => lines.push(line),
    });
    expect(await server.done).toBe(3);
    expect(readFileSync(file, "utf8")).toBe("4");
    expect(lines.at(-1)).toBe(
      "Server aplikasi berhenti (kode 3) 4 kali dalam semenit; tidak dijalankan ulang.",
    );
  });
});
