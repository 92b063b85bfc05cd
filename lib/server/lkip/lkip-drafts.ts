import "server-only";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import { env } from "@/lib/env";
import type { DraftFormat } from "@/lib/generated/prisma/enums";
import { db, executeLarge } from "../db";
import { HeavyJobCancelled } from "../heavy/run-heavy";
import { readDataVersion } from "../opd-year/data-version";
import type { OpdYearRef } from "../opd-year/load-opd-year";
import { sha256Hex } from "../sha256";

/**
 * Bump when a change of the draft's content or layout must not wait for the next build (a build already
 * renders afresh: its id is part of `draftRenderer`).
 */
const DRAFT_RENDER_REVISION = 1;

/**
 * The id of the production build in this directory (`.next/BUILD_ID`), which `next start` serves. Tests
 * and `next dev` run from source, which may have changed since another process stored a draft: each such
 * process renders its own.
 */
function readBuildId(): string {
  if (env.NODE_ENV === "production") {
    try {
      return readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {}
  }
  return `source-${process.pid}-${Math.round(performance.timeOrigin)}`;
}
// A property of the process, not of any request.
const buildId = readBuildId();

/**
 * What, besides the OPD-year's data, the bytes of a draft depend on: the code that renders it (a new
 * build or revision) and the public address its verification link and QR code print.
 */
export const draftRenderer = (): string =>
  `r${DRAFT_RENDER_REVISION}:${buildId}:${sha256Hex(Buffer.from(env.PUBLIC_BASE_URL)).slice(0, 12)}`;

/** `fromStore`: the bytes were rendered earlier, not by this call. */
export type StoredDraft = { bytes: Uint8Array; dataVersion: bigint; fromStore: boolean };

/** How often a request waiting for another's render of the same draft looks for its bytes. */
const WAIT_POLL_MS = 400;

type DraftKey = { pemdaId: string; laporanId: string; format: DraftFormat; renderer: string };

/**
 * Claims the render of a draft version for this request: true unless another request (on any server)
 * is rendering it now. A claim older than the render budget, for an older version or by another
 * renderer is taken over.
 */
async function claimRender(draft: DraftKey, dataVersion: bigint): Promise<boolean> {
  const claimed = await db.$queryRaw<unknown[]>`
    INSERT INTO "LkipDraftRender" ("pemdaId", "laporanId", "format", "dataVersion", "renderer")
    VALUES (${draft.pemdaId}, ${draft.laporanId}, ${draft.format}::"DraftFormat", ${dataVersion}, ${draft.renderer})
    ON CONFLICT ("laporanId", "format") DO UPDATE
      SET "dataVersion" = EXCLUDED."dataVersion", "renderer" = EXCLUDED."renderer", "startedAt" = now()
      WHERE "LkipDraftRender"."startedAt" < now() - make_interval(secs => ${env.HEAVY_JOB_SECONDS})
         OR "LkipDraftRender"."dataVersion" < EXCLUDED."dataVersion"
         OR "LkipDraftRender"."renderer" <> EXCLUDED."renderer"
    RETURNING 1`;
  return claimed.length === 1;
}

async function storeDraft(draft: DraftKey, dataVersion: bigint, bytes: Uint8Array) {
  // One row per laporan and format; a render of an older version never replaces a newer one. The bytes are
  // megabytes (executeLarge).
  await executeLarge(
    `INSERT INTO "LkipDraft" ("id", "pemdaId", "laporanId", "format", "dataVersion", "renderer", "sha256", "bytes")
     VALUES (gen_random_uuid()::text, $1, $2, $3::"DraftFormat", $4::bigint, $5, $6, $7)
     ON CONFLICT ("laporanId", "format") DO UPDATE
       SET "dataVersion" = EXCLUDED."dataVersion", "renderer" = EXCLUDED."renderer",
           "sha256" = EXCLUDED."sha256", "bytes" = EXCLUDED."bytes", "createdAt" = now()
       WHERE "LkipDraft"."dataVersion" <= EXCLUDED."dataVersion"`,
    [
      draft.pemdaId,
      draft.laporanId,
      draft.format,
      dataVersion.toString(),
      draft.renderer,
      sha256Hex(bytes),
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    ],
  );
}

/**
 * A draft LKIP (PDF, DOCX) for the OPD-year's current data version: the stored bytes when they were
 * rendered from this version by this renderer, otherwise `render()`, stored for every server. The version
 * is read before rendering, so data changed during the render leaves the stored draft one version behind
 * and the next download renders again: stored bytes are never older than the version they carry.
 * One render per draft version at a time on every server: a request that finds the draft being rendered
 * (`claimRender`) waits for its bytes, holding no connection; should the render fail, the next waiter
 * renders. Past the render budget a waiter renders by itself. `signal`: the requester went away.
 * Version 0 means the OPD-year's changes are not tracked (no `OpdYearVersion` row): nothing is stored.
 */
export async function getOrRenderDraft(
  ref: OpdYearRef,
  format: DraftFormat,
  render: () => Promise<Uint8Array>,
  { signal }: { signal?: AbortSignal } = {},
): Promise<StoredDraft> {
  const key = { pemdaId: ref.opd.pemdaId, opdId: ref.opd.id, year: ref.year };
  const draft = { pemdaId: key.pemdaId, laporanId: ref.laporan.id, format, renderer: draftRenderer() };
  const deadline = Date.now() + env.HEAVY_JOB_SECONDS * 1000;
  for (;;) {
    const dataVersion = await readDataVersion(key);
    if (dataVersion === 0n) return { bytes: await render(), dataVersion, fromStore: false };
    const stored = await db.lkipDraft.findFirst({
      where: { ...draft, dataVersion },
      select: { bytes: true },
    });
    if (stored) return { bytes: stored.bytes, dataVersion, fromStore: true };
    if (Date.now() > deadline || (await claimRender(draft, dataVersion))) {
      try {
        const bytes = await render();
        await storeDraft(draft, dataVersion, bytes);
        return { bytes, dataVersion, fromStore: false };
      } finally {
        await db.lkipDraftRender.deleteMany({ where: { ...draft, dataVersion } });
      }
    }
    await sleep(WAIT_POLL_MS);
    if (signal?.aborted) throw new HeavyJobCancelled();
  }
}
