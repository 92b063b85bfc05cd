import { beforeAll, describe, expect, it } from "vitest";
import type { OpdYearFigures } from "@/lib/views/opd-year-result";
import { recordStatements } from "./record-statements";

// Every statement the code under test sends is seen here.
const statements = recordStatements();

const { db } = await import("@/lib/server/db");
const { findOpdYearContext } = await import("@/lib/server/opd-year/opd-year-context");
const { computeResultTexts } = await import("@/lib/server/opd-year/compute-result");
const { parseEvaluation } = await import("@/lib/calc/serialize-evaluation");
const { loadDemo } = await import("@/prisma/demo/load-demo");
const { serang2022 } = await import("@/prisma/demo/serang-2022");
const { principalOf } = await import("./fixtures");

beforeAll(async () => {
  await loadDemo(db, serang2022);
});

/**
 * Statements that ran more than once. Prisma loads each relation of a result with its own statement, and
 * two relations of empty lists (the LKIP's transitions' and notes' authors) both read `User … IN (NULL)`:
 * not a second read of anything, so left out.
 */
function repeated(list: string[]): [string, number][] {
  const runs = new Map<string, number>();
  for (const sql of list.filter((sql) => !sql.includes("IN (NULL)"))) runs.set(sql, (runs.get(sql) ?? 0) + 1);
  return [...runs].filter(([, count]) => count > 1);
}

describe("the OPD-year page's reads", () => {
  // The stored result's computation runs in a worker thread; here it runs in this one, so that its
  // statements are seen.
  it("resolve the context and evaluate the year with each statement once", async () => {
    const principal = await principalOf("kepala.dinsos@sakip.demo");
    statements.length = 0;
    const context = (await findOpdYearContext(principal, "dinsos-serang", "2022"))!;
    const [texts] = await computeResultTexts(context, [4]);
    const { rollup, findings } = parseEvaluation<OpdYearFigures>(texts!.figures);

    expect(rollup.pagu.toFixed(0)).toBe("17654457386");
    expect(findings.length).toBeGreaterThan(0);
    expect(repeated(statements)).toEqual([]);
    console.log(`OPD-year context and evaluation: ${statements.length} statements`);
    expect(statements.filter((sql) => sql.includes('FROM "public"."LaporanKinerja"'))).toHaveLength(1);
    for (const table of ["LaporanKinerja", "Program", "Kegiatan", "SubKegiatan"]) {
      expect(statements.filter((sql) => sql.includes(`FROM "public"."${table}"`))).toHaveLength(1);
    }
  });
});
