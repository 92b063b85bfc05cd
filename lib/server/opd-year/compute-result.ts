import "server-only";
import { evaluateOpdYear } from "@/lib/calc/checks";
import type { Quarter } from "@/lib/calc/period";
import { serializeEvaluation } from "@/lib/calc/serialize-evaluation";
import { buildOpdYearResult } from "@/lib/views/opd-year-result";
import { loadOpdYear, type OpdYearRef } from "./load-opd-year";

/** An OPD-year's stored result through one quarter, as the JSON texts of its two columns. */
export type ResultTexts = { figures: string; summary: string };

/**
 * Loads an OPD-year and computes its result through each of `quarters`, ready to store. Runs in a worker
 * thread (the "opd-year-result" heavy job, with its own connection pool): for an OPD of thousands of leaves
 * the loading, the engine and the JSON take seconds of CPU that must not hold the server's event loop.
 */
export async function computeResultTexts(
  ref: OpdYearRef,
  quarters: readonly Quarter[],
): Promise<ResultTexts[]> {
  const data = await loadOpdYear(ref);
  return quarters.map((quarter) => {
    const { figures, summary } = buildOpdYearResult({
      ...data,
      year: ref.year,
      throughQuarter: quarter,
      evaluation: evaluateOpdYear({ ...data, throughQuarter: quarter }),
    });
    return { figures: serializeEvaluation(figures), summary: serializeEvaluation(summary) };
  });
}
