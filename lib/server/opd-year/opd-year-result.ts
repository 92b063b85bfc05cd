import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { QUARTERS, type Quarter } from "@/lib/calc/period";
import { parseEvaluation } from "@/lib/calc/serialize-evaluation";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  DashboardSummary,
  OpdYearFigures,
  OpdYearSummary,
  RegionSummary,
} from "@/lib/views/opd-year-result";
import { db, executeLarge, type Tx } from "../db";
import { runHeavy } from "../heavy/run-heavy";
import type { ResultTexts } from "./compute-result";
import { readDataVersion } from "./data-version";
import type { OpdYearRef } from "./load-opd-year";

/**
 * The engine's result of an OPD-year through a quarter, stored in `OpdYearResult` with the data version it
 * was computed from (docs/scaling.md §6). A read is one statement (the version and the stored part, the
 * latter only when its version is the current one); a missing or stale result is computed by one request
 * at a time per OPD-year and quarter, on any server, and stored for every later one.
 *
 * While an OPD-year's LKIP is FINAL, its result is the one frozen with the latest revision
 * (`LkipRevisionResult`, stored by `freezeOpdYearResults`): every surface of the year shows what was signed,
 * whatever later years change in the Renstra they share. Reopening the LKIP makes the year live again.
 */
export type ResultParts = { figures: OpdYearFigures; dashboard: DashboardSummary; region: RegionSummary };
type Part = keyof ResultParts;

/** The JSON text of a part in a row of `OpdYearResult` or `LkipRevisionResult` (the same columns). */
const payloadOf: Record<Part, (row: Prisma.Sql) => Prisma.Sql> = {
  figures: (row) => Prisma.sql`${row}.figures::text`,
  // Only the part read travels and is parsed: the OPD dashboard and the region never touch `figures`.
  dashboard: (row) => Prisma.sql`(${row}.summary -> 'dashboard')::text`,
  region: (row) => Prisma.sql`(${row}.summary -> 'region')::text`,
};
const [live, frozen] = [Prisma.raw("r"), Prisma.raw("f")];

/**
 * The shape of `figures` and `summary` this code writes and reads; raise it when that shape changes. A
 * stored row of another format is recomputed (a live one) or passed over for the current result (a frozen
 * one). 1: findings carry their empty triwulan and the region stores grouped counts. 2: the dashboard's plan
 * line says its source (the rencana aksi or a straight line).
 */
export const RESULT_FORMAT = 2;

/** Concurrent computations per server process: each holds a connection of the pool of 10 for its lock
 * while its loads take others, so a burst of stale OPD-years cannot take every connection. */
const COMPUTE_SLOTS = 2;
/** How often a request waiting for another's computation reads the stored row again. */
const POLL_MS = 50;
/** After this long waiting, a request computes for itself (without storing) rather than fail. */
const WAIT_MS = 30_000;
const COMPUTE_TIMEOUT_MS = 120_000;

type Key = { pemdaId: string; opdId: string; year: number };
const keyOf = (ref: OpdYearRef): Key => ({ pemdaId: ref.opd.pemdaId, opdId: ref.opd.id, year: ref.year });

/**
 * The stored parts of several OPDs of one Pemda-year, each null when missing or stale: one statement. A FINAL
 * LKIP's part is its latest revision's (one frozen before results were kept, or in another format, falls
 * back to the live one).
 */
async function readStored(
  { pemdaId, year }: Omit<Key, "opdId">,
  opdIds: readonly string[],
  quarter: Quarter,
  part: Part,
): Promise<Map<string, string | null>> {
  const rows = await db.$queryRaw<{ opdId: string; payload: string | null }[]>`
    SELECT o.id AS "opdId",
           CASE WHEN f."revisionId" IS NULL THEN ${payloadOf[part](live)} ELSE ${payloadOf[part](frozen)} END
             AS payload
    FROM unnest(${opdIds}::text[]) AS o (id)
    LEFT JOIN "LaporanKinerja" l ON l."pemdaId" = ${pemdaId} AND l."opdId" = o.id AND l.year = ${year}
      AND l.status = 'FINAL'
    LEFT JOIN LATERAL (
      SELECT rv.id FROM "LkipRevision" rv
      WHERE rv."pemdaId" = ${pemdaId} AND rv."laporanId" = l.id
      ORDER BY rv.revision DESC LIMIT 1
    ) latest ON true
    LEFT JOIN "LkipRevisionResult" f ON f."pemdaId" = ${pemdaId} AND f."revisionId" = latest.id
      AND f."throughQuarter" = ${quarter} AND f.format = ${RESULT_FORMAT}
    LEFT JOIN "OpdYearVersion" v ON v."pemdaId" = ${pemdaId} AND v."opdId" = o.id AND v.year = ${year}
    LEFT JOIN "OpdYearResult" r ON r."pemdaId" = ${pemdaId} AND r."opdId" = o.id AND r.year = ${year}
      AND r."throughQuarter" = ${quarter} AND r."dataVersion" = COALESCE(v.version, 0)
      AND r.format = ${RESULT_FORMAT}`;
  return new Map(rows.map((row) => [row.opdId, row.payload]));
}

let busySlots = 0;
const slotWaiters: (() => void)[] = [];

async function inComputeSlot<T>(work: () => Promise<T>): Promise<T> {
  if (busySlots >= COMPUTE_SLOTS) await new Promise<void>((resolve) => slotWaiters.push(resolve));
  else busySlots++;
  try {
    return await work();
  } finally {
    const next = slotWaiters.shift();
    if (next) next();
    else busySlots--;
  }
}

/** The result through each quarter, computed in a worker thread (`lib/server/opd-year/compute-result.ts`). */
const computeResults = (ref: OpdYearRef, quarters: Quarter[]) =>
  runHeavy("opd-year-result", {
    // Plain data crosses to the worker (a Decimal cannot): the OPD's fields, the reported amounts as digits.
    ref: {
      opd: {
        id: ref.opd.id,
        pemdaId: ref.opd.pemdaId,
        slug: ref.opd.slug,
        name: ref.opd.name,
        pemdaName: ref.opd.pemdaName,
      },
      year: ref.year,
      laporan: {
        id: ref.laporan.id,
        reportedPagu: ref.laporan.reportedPagu?.toString() ?? null,
        reportedRealisasi: ref.laporan.reportedRealisasi?.toString() ?? null,
      },
    },
    quarters,
  });

const computeResult = (ref: OpdYearRef, quarter: Quarter) =>
  computeResults(ref, [quarter]).then(([texts]) => texts!);

const pick = <P extends Part>(texts: ResultTexts, part: P): ResultParts[P] =>
  part === "figures"
    ? parseEvaluation<ResultParts[P]>(texts.figures)
    : (parseEvaluation<OpdYearSummary>(texts.summary)[part as "dashboard" | "region"] as ResultParts[P]);

/**
 * Computes and stores the result unless another request holds the OPD-year-quarter's lock ("busy") or
 * has stored it meanwhile ("stored"). The version is read before the rows are: a change committed during
 * the computation leaves the result labelled older than its data, so it is recomputed, never served stale.
 */
async function computeOnce(ref: OpdYearRef, quarter: Quarter) {
  const key = keyOf(ref);
  return inComputeSlot(() =>
    db.$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(
            hashtextextended(${`OpdYearResult:${key.opdId}:${key.year}:${quarter}`}, 0)) AS locked`;
        if (!lock?.locked) return "busy" as const;
        const version = await readDataVersion(key, tx);
        const [stored] = await tx.$queryRaw<unknown[]>`
          SELECT 1 FROM "OpdYearResult"
          WHERE "pemdaId" = ${key.pemdaId} AND "opdId" = ${key.opdId} AND year = ${key.year}
            AND "throughQuarter" = ${quarter} AND "dataVersion" = ${version} AND format = ${RESULT_FORMAT}`;
        if (stored) return "stored" as const;
        const texts = await computeResult(ref, quarter);
        // On another connection of the pool while `tx` holds the lock: the figures are megabytes (executeLarge).
        await executeLarge(
          `INSERT INTO "OpdYearResult" AS r
             ("pemdaId", "opdId", year, "throughQuarter", "dataVersion", figures, summary, format, "computedAt")
           VALUES ($1, $2, $3, $4, $5::bigint, $6::jsonb, $7::jsonb, $8, now())
           ON CONFLICT ("opdId", year, "throughQuarter") DO UPDATE
             SET "dataVersion" = EXCLUDED."dataVersion", figures = EXCLUDED.figures,
                 summary = EXCLUDED.summary, format = EXCLUDED.format, "computedAt" = EXCLUDED."computedAt"
             WHERE (r.format, r."dataVersion") < (EXCLUDED.format, EXCLUDED."dataVersion")`,
          [
            key.pemdaId,
            key.opdId,
            key.year,
            quarter,
            version.toString(),
            texts.figures,
            texts.summary,
            RESULT_FORMAT,
          ],
        );
        return texts;
      },
      { timeout: COMPUTE_TIMEOUT_MS },
    ),
  );
}

/** The current result of one OPD-year: stored, or computed once and stored. */
async function currentPart<P extends Part>(
  ref: OpdYearRef,
  quarter: Quarter,
  part: P,
  stored: string | null,
): Promise<ResultParts[P]> {
  const deadline = Date.now() + WAIT_MS;
  let payload = stored;
  while (payload === null) {
    const outcome = await computeOnce(ref, quarter);
    if (typeof outcome === "object") return pick(outcome, part);
    if (outcome === "busy") {
      if (Date.now() > deadline) return pick(await computeResult(ref, quarter), part);
      await sleep(POLL_MS);
    }
    payload = (await readStored(keyOf(ref), [ref.opd.id], quarter, part)).get(ref.opd.id) ?? null;
  }
  return parseEvaluation<ResultParts[P]>(payload);
}

/** One part of an OPD-year's current result through a quarter. */
export async function readOpdYearResult<P extends Part>(
  ref: OpdYearRef,
  quarter: Quarter,
  part: P,
): Promise<ResultParts[P]> {
  const stored = await readStored(keyOf(ref), [ref.opd.id], quarter, part);
  return currentPart(ref, quarter, part, stored.get(ref.opd.id) ?? null);
}

/** One part of the current results of several OPD-years of one Pemda and year (the region): one
 * statement when all are stored. */
export async function readOpdYearResults<P extends Part>(
  refs: readonly OpdYearRef[],
  quarter: Quarter,
  part: P,
): Promise<ResultParts[P][]> {
  const [first] = refs;
  if (!first) return [];
  const stored = await readStored(
    keyOf(first),
    refs.map((ref) => ref.opd.id),
    quarter,
    part,
  );
  return Promise.all(refs.map((ref) => currentPart(ref, quarter, part, stored.get(ref.opd.id) ?? null)));
}

/**
 * Keeps with a FINAL revision (inside the transition's transaction `tx`) the OPD-year's result through every
 * quarter. The data is read outside `tx`, as the revision's PDF is: the transition has bumped the
 * OpdYearVersion row of the year and holds it until COMMIT, so no change of the year's data (nor of the
 * Renstra it shares with other years) commits in between, and both are made from the same rows.
 */
export async function freezeOpdYearResults(tx: Tx, ref: OpdYearRef, revisionId: string): Promise<void> {
  const results = await computeResults(ref, [...QUARTERS]);
  const rows = results.map(
    ({ figures, summary }, index) => Prisma.sql`(${ref.opd.pemdaId}, ${revisionId}, ${QUARTERS[index]},
      ${figures}::jsonb, ${summary}::jsonb, ${RESULT_FORMAT})`,
  );
  await tx.$executeRaw`
    INSERT INTO "LkipRevisionResult" ("pemdaId", "revisionId", "throughQuarter", figures, summary, format)
    VALUES ${Prisma.join(rows)}`;
}
