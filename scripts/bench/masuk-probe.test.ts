import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { percentile } from "./figures";
import { probeMasuk } from "./masuk-probe";

/** A real HTTP server in its own process: /masuk answers at once; /stall blocks its event loop for 2 s. */
async function stallingServer() {
  const child = spawn(process.execPath, [
    "-e",
    `require("http").createServer((req, res) => {
       if (req.url === "/stall") { const end = Date.now() + 2000; while (Date.now() < end); }
       res.end("ok");
     }).listen(0, "127.0.0.1", function () { console.log(this.address().port); });`,
  ]);
  const [port] = (await once(child.stdout, "data")) as [Buffer];
  return { url: `http://127.0.0.1:${port.toString().trim()}`, stop: () => child.kill() };
}

describe("the /masuk probe", () => {
  it("keeps sending on schedule while the server stalls, so a 2 s stall shows as many slow probes", async () => {
    const server = await stallingServer();
    try {
      const probe = probeMasuk(server.url, 100);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const stalled = fetch(`${server.url}/stall`);
      await new Promise((resolve) => setTimeout(resolve, 2700));
      const probes = await probe.stop();
      await stalled;

      expect(probes.every((p) => p.ok)).toBe(true);
      expect(probes.length).toBeGreaterThanOrEqual(15);
      const slow = probes.filter((p) => p.ms >= 500);
      // Sent every 100 ms during the stall, each waited for the rest of it.
      expect(slow.length).toBeGreaterThanOrEqual(8);
      expect(Math.max(...slow.map((p) => p.ms))).toBeGreaterThanOrEqual(1500);
    } finally {
      server.stop();
    }
  });

  it("reads percentiles by nearest rank", () => {
    const values = Array.from({ length: 40 }, (_, i) => 40 - i);
    expect(percentile(values, 50)).toBe(20);
    expect(percentile(values, 97.5)).toBe(39);
    expect(percentile(values, 100)).toBe(40);
    expect(percentile([], 97.5)).toBe(0);
  });
});
