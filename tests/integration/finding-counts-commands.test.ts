import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { FindingCounts } from "@/lib/calc/finding-groups";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { getOpdBySlug } from "@/lib/server/opd/get-opd";
import { exportTemplate } from "@/lib/server/xlsx/export-template";
import type { ImportReport } from "@/lib/xlsx/import-report";
import { loadDemo, loadDemoYearInProgress } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { serang2023 } from "@/prisma/demo/serang-2023";

/** `npm run check` and the import's dry run of the year's own export count the findings alike. */

let workbook: string;

beforeAll(async () => {
  await loadDemo(db, serang2022);
  await loadDemoYearInProgress(db, serang2023);
  const opd = (await getOpdBySlug("dinsos-serang"))!;
  workbook = join(tmpdir(), `${process.pid}-dinsos-serang-2023.xlsx`);
  writeFileSync(workbook, await exportTemplate({ pemdaId: opd.pemdaId, opdId: opd.id, year: 2023 }));
});

/** A command as a user runs it, on this file's database. */
const run = (script: string, args: string[]) => {
  const result = spawnSync(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", script, "--opd", "dinsos-serang", "--tahun", "2023", ...args],
    { env: { ...process.env, DATABASE_URL: env.DATABASE_URL }, encoding: "utf8" },
  );
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
};

describe("the year in progress (2023)", () => {
  // Four commands, each its own tsx and database client: minutes on a busy machine.
  it("npm run check and the import dry run print the same counts", { timeout: 480_000 }, () => {
    const check = JSON.parse(run("scripts/check.ts", ["--json"])) as { counts: FindingCounts };
    const dryRun = JSON.parse(
      run("scripts/xlsx-import.ts", [workbook, "--dry-run", "--json"]),
    ) as ImportReport;
    expect(dryRun).toMatchObject({ ok: true, created: 0, updated: 0, removed: 0 });
    expect(dryRun.checks!.counts).toEqual(check.counts);
    // The reported case: the empty TW IV is one warning with its items, not one warning per row.
    expect(check.counts).toMatchObject({ errors: 2, warnings: 2, total: 4 });
    expect(check.counts.items.WARNING).toBeGreaterThan(90);

    const countsLine = (text: string) => text.match(/\d+ temuan: .* butir/)?.[0];
    const checkLine = countsLine(run("scripts/check.ts", []));
    expect(checkLine).toMatch(/^4 temuan: 2 kesalahan, 2 peringatan, 0 informasi; \d+ butir$/);
    expect(countsLine(run("scripts/xlsx-import.ts", [workbook, "--dry-run"]))).toBe(checkLine);
  });
});
