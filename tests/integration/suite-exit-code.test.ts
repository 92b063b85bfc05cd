import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const planted = "tests/planted/failure.test.ts";

/** Runs `npm run <script> -- <planted file>` the way a developer or CI would, with or without the planted failure. */
function runTier(script: "test:unit" | "test:integration", plant: boolean) {
  // DATABASE_URL points at this file's own database (per-file-database.ts); the child makes its own.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const result = spawnSync("npm", ["run", script, "--", planted], {
    encoding: "utf8",
    env: { ...inherited, SAKIP_PLANT_FAILURE: plant ? "1" : "0", NO_COLOR: "1", FORCE_COLOR: "0" },
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe("a red test makes its tier exit non-zero", () => {
  for (const script of ["test:unit", "test:integration"] as const) {
    it(`${script} exits 1 on a planted failure and 0 without it`, { timeout: 300_000 }, () => {
      const red = runTier(script, true);
      expect(red.output).toMatch(/Tests +1 failed \(1\)/);
      expect(red.status).toBe(1);

      const green = runTier(script, false);
      expect(green.output).toMatch(/Tests +1 skipped \(1\)/);
      expect(green.status).toBe(0);
    });
  }
});
