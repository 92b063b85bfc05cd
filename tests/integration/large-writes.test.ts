import { randomBytes } from "node:crypto";
import { getLogs } from "@prisma/debug";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { getOrRenderDraft } from "@/lib/server/lkip/lkip-drafts";
import { findOpdYearContext, type OpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { readOpdYearResult } from "@/lib/server/opd-year/opd-year-result";
import { loadSyntheticRegion, SYNTHETIC_YEAR, syntheticOpdSlug } from "@/prisma/demo/synthetic-region";
import { principalOf } from "./fixtures";

// Prisma keeps the arguments of its last 100 statements in memory whatever DEBUG says (@prisma/debug's
// history, which its driver adapter writes to). A write of megabytes through it would stay in the server's
// heap; `executeLarge` keeps such writes out. The history's text must stay far below the size written.
const history = () => getLogs(Number.MAX_SAFE_INTEGER).length;
const MIB = 1024 * 1024;

let context: OpdYearContext;

beforeAll(async () => {
  // One synthetic OPD of 1.500 budget leaves: its stored figures are megabytes, as in the soak's region.
  await loadSyntheticRegion(db, { opds: 1, leaves: 1500, seed: 3 });
  const kepala = await principalOf(`kepala.${syntheticOpdSlug(1)}@sintetis.go.id`);
  context = (await findOpdYearContext(kepala, syntheticOpdSlug(1), String(SYNTHETIC_YEAR)))!;
});

describe("a write of megabytes", { timeout: 120_000 }, () => {
  it("stores an OPD-year's result without leaving its figures in Prisma's memory", async () => {
    await readOpdYearResult(context, 4, "figures");
    const [stored] = await db.$queryRaw<{ size: number }[]>`
      SELECT length(figures::text)::int AS size FROM "OpdYearResult"
      WHERE "pemdaId" = ${context.opd.pemdaId} AND "opdId" = ${context.opd.id} AND year = ${SYNTHETIC_YEAR}
        AND "throughQuarter" = 4`;
    expect(stored!.size).toBeGreaterThan(2 * MIB);
    expect(history()).toBeLessThan(MIB / 2);
  });

  it("stores a draft's bytes without leaving them in Prisma's memory", async () => {
    const bytes = new Uint8Array(randomBytes(4 * MIB));
    const draft = await getOrRenderDraft(context, "PDF", async () => bytes);
    expect(draft).toMatchObject({ fromStore: false });
    const stored = await db.lkipDraft.findFirstOrThrow({
      where: { pemdaId: context.opd.pemdaId, laporanId: context.laporan.id, format: "PDF" },
      select: { bytes: true, dataVersion: true },
    });
    expect([Buffer.from(stored.bytes).equals(bytes), stored.dataVersion]).toEqual([true, draft.dataVersion]);
    expect(history()).toBeLessThan(MIB / 2);
  });
});
