import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { runChecks } from "@/lib/calc/checks";
import { evaluateIndicators } from "@/lib/calc/evaluate-indicator";
import type { Finding } from "@/lib/calc/finding";
import type { FindingCounts, FindingGroup } from "@/lib/calc/finding-groups";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { getOpdBySlug, type OpdRef } from "@/lib/server/opd/get-opd";
import { loadOpdYear } from "@/lib/server/opd-year/load-opd-year";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";

let opd: OpdRef;

beforeAll(async () => {
  await loadDemo(db, serang2022);
  opd = (await getOpdBySlug("dinsos-serang"))!;
});

const checkSerang2022 = async () => {
  const laporan = (await getLaporan({ opd, year: 2022 }))!;
  const data = await loadOpdYear({ opd, year: 2022, laporan });
  const indicators = evaluateIndicators({ ...data, throughQuarter: 4 });
  return runChecks({ ...data, indicators, throughQuarter: 4 });
};

const brief = (f: Pick<Finding, "severity" | "code" | "location">) =>
  `${f.severity} ${f.code} ${f.location.code}`;

describe("checks of the stored Serang 2022 data", () => {
  it("finds exactly the report's four contradictions as errors", async () => {
    const findings = await checkSerang2022();
    const errors = findings.filter((f) => f.severity === "ERROR");
    expect(errors.map(brief)).toEqual([
      "ERROR TOTAL_REALISASI_BEDA_DENGAN_RINCIAN ",
      "ERROR REALISASI_BEDA_DENGAN_RINCIAN 1.06.01.2.06",
      "ERROR REALISASI_MELEBIHI_PAGU 1.06.01.2.06.0006",
      "ERROR REALISASI_MELEBIHI_PAGU 1.06.01.2.06.0008",
    ]);
    expect(errors.map((f) => f.difference?.toFixed(0))).toEqual([
      "87900000",
      "170080714",
      "3050500",
      "166999714",
    ]);
  });

  it("warns only about the narrative outputs that the report gives no target for", async () => {
    const findings = await checkSerang2022();
    const others = findings.filter((f) => f.severity !== "ERROR");
    const outputs = await db.indikator.count({ where: { level: "SUB_KEGIATAN", targets: { none: {} } } });
    expect(outputs).toBeGreaterThan(0);
    expect(others).toHaveLength(outputs);
    expect(new Set(others.map((f) => `${f.severity} ${f.code} ${f.location.level}`))).toEqual(
      new Set(["WARNING TARGET_KOSONG SUB_KEGIATAN"]),
    );
  });

  it("flags a program capaian outside the plausible band set for the Pemda", async () => {
    await db.pemda.update({
      where: { id: opd.pemdaId },
      data: { settings: { plausibleCapaian: { min: "80", max: "150" } } },
    });
    try {
      const findings = await checkSerang2022();
      // Perlindungan dan Jaminan Sosial: 0,08 → 0,06 = 75 %.
      expect(
        findings.filter((f) => f.code === "CAPAIAN_TIDAK_WAJAR").map((f) => [f.location.code, f.message]),
      ).toEqual([["1.06.05", expect.stringContaining("75,00 %")]]);
    } finally {
      await db.pemda.update({ where: { id: opd.pemdaId }, data: { settings: {} } });
    }
  });

  // A command starts its own tsx and database client: on a busy machine that alone can take a minute.
  it("npm run check prints the same findings as JSON, grouped and counted", { timeout: 180_000 }, () => {
    const result = spawnSync(
      "node_modules/.bin/tsx",
      [
        "--conditions=react-server",
        "scripts/check.ts",
        "--opd",
        "dinsos-serang",
        "--tahun",
        "2022",
        "--json",
      ],
      { env: { ...process.env, DATABASE_URL: env.DATABASE_URL }, encoding: "utf8" },
    );
    expect(result.status, result.stderr).toBe(0);
    const { counts, groups } = JSON.parse(result.stdout) as { counts: FindingCounts; groups: FindingGroup[] };
    expect(counts).toMatchObject({ errors: 3, warnings: 1, items: { ERROR: 4, WARNING: 34, INFO: 0 } });
    const findings = groups.flatMap((group) => group.items);
    expect(findings.filter((f) => f.severity === "ERROR").map(brief)).toHaveLength(4);
    expect(findings.find((f) => f.location.code === "1.06.01.2.06.0008")?.message).toBe(
      "Realisasi Rp 187.249.714 melebihi pagu Rp 20.250.000 (924,69 %)",
    );
  });

  it("npm run check refuses a missing year with a message in Indonesian", { timeout: 180_000 }, () => {
    const result = spawnSync(
      "node_modules/.bin/tsx",
      ["--conditions=react-server", "scripts/check.ts", "--opd", "dinsos-serang"],
      {
        env: { ...process.env, DATABASE_URL: env.DATABASE_URL },
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Sebutkan tahun: --tahun <tahun>");
  });
});
