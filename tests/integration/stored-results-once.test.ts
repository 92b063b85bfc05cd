import { beforeAll, describe, expect, it } from "vitest";
import { recordStatements } from "./record-statements";

// Every statement the code under test sends is seen here.
const statements = recordStatements();

const { db } = await import("@/lib/server/db");
const { findOpdYearContext } = await import("@/lib/server/opd-year/opd-year-context");
const { readOpdYearResult } = await import("@/lib/server/opd-year/opd-year-result");
const { loadDemo } = await import("@/prisma/demo/load-demo");
const { serang2022 } = await import("@/prisma/demo/serang-2022");
const { principalOf } = await import("./fixtures");

beforeAll(async () => {
  await loadDemo(db, serang2022);
});

// The result is loaded and computed in a worker thread, with its own connections: what this thread sends is
// the lock, the version, the stored row and the reads. A request that computed without storing (after
// waiting 30 s) would not write the row; one that read the tree itself would show here.
const computations = () => statements.filter((sql) => sql.includes('INSERT INTO "OpdYearResult"')).length;
const treeLoads = () => statements.filter((sql) => sql.includes('FROM "public"."SubKegiatan"')).length;

describe("a missing or stale result", () => {
  it("is computed once for many concurrent requests, which then read it", async () => {
    const context = (await findOpdYearContext(
      await principalOf("kepala.dinsos@sakip.demo"),
      "dinsos-serang",
      "2022",
    ))!;
    const readMany = () =>
      Promise.all(Array.from({ length: 8 }, () => readOpdYearResult(context, 4, "figures")));

    statements.length = 0;
    const cold = await readMany();
    expect([computations(), treeLoads()]).toEqual([1, 0]);
    expect(new Set(cold.map((result) => result.rollup.pagu.toFixed(0)))).toEqual(new Set(["17654457386"]));

    statements.length = 0;
    await readMany();
    expect([computations(), treeLoads()]).toEqual([0, 0]);

    await db.$executeRaw`UPDATE "PerangkatDaerah" SET address = 'Jl. Veteran No. 1' WHERE id = ${context.opd.id}`;
    statements.length = 0;
    await readMany();
    expect([computations(), treeLoads()]).toEqual([1, 0]);
  });
});
