import type { Quarter } from "@/lib/calc/period";
import type { LkipDocument } from "@/lib/lkip/document-model";
import type { ReviewSheet } from "@/lib/lkip/review-sheet";
import type { ResultTexts } from "../opd-year/compute-result";
import type { OpdYearRef } from "../opd-year/load-opd-year";
import type { ImportRequest, PlannedImport } from "../xlsx/plan-import";

/**
 * The heavy work a server hands to a worker thread (`runHeavy`): each job takes and returns plain data
 * (structured-clonable), so the request's thread only loads the data and sends the bytes; the stored
 * result of an OPD-year and an import's plan load their own rows, through the worker's connection pool. A
 * job loads its renderer when first run, so a worker that only plans imports never loads the PDF renderer.
 * A Buffer crosses the thread boundary as a plain Uint8Array, hence the declared types.
 */
export const heavyJobs = {
  "lkip-pdf": async (document: LkipDocument): Promise<{ bytes: Uint8Array; pageCount: number }> =>
    (await import("@/lib/pdf/lkip/render")).renderLkipPdf(document),
  "lkip-docx": async (document: LkipDocument): Promise<Uint8Array> =>
    (await import("@/lib/docx/lkip/render")).renderLkipDocx(document),
  "review-pdf": async (sheet: ReviewSheet): Promise<Uint8Array> =>
    (await import("@/lib/pdf/review/review-sheet")).renderReviewSheetPdf(sheet),
  /** An uploaded workbook read, parsed and planned against the stored year (`../xlsx/plan-import.ts`). */
  "plan-import": async (request: ImportRequest): Promise<PlannedImport> =>
    (await import("../xlsx/plan-import")).planImportFile(request),
  /** An OPD-year's stored result through some quarters (`lib/server/opd-year/opd-year-result.ts`). */
  "opd-year-result": async ({
    ref,
    quarters,
  }: {
    ref: OpdYearRef;
    quarters: Quarter[];
  }): Promise<ResultTexts[]> =>
    (await import("../opd-year/compute-result")).computeResultTexts(ref, quarters),
};

export type HeavyJob = keyof typeof heavyJobs;
export type HeavyInput<J extends HeavyJob> = Parameters<(typeof heavyJobs)[J]>[0];
export type HeavyOutput<J extends HeavyJob> = Awaited<ReturnType<(typeof heavyJobs)[J]>>;

export type HeavyRequest<J extends HeavyJob = HeavyJob> = { job: J; input: HeavyInput<J> };

/** What a worker posts back: the job's result, or its error by name (an expected error keeps its message). */
export type HeavyReply<J extends HeavyJob = HeavyJob> =
  { ok: true; value: HeavyOutput<J> } | { ok: false; name: string; message: string };
