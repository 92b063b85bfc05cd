import { buildNarrativeFigures, type NarrativeFigures } from "@/lib/calc/figure-tokens";
import { ikuHistory } from "./chapters/iku";
import type { LkipInput } from "./lkip-input";

/** What the figures are computed from: the year's evaluation and the Renstra covering it. */
export type LkipFigureInput = Pick<LkipInput, "evaluation" | "renstra" | "year"> & {
  opd: Pick<LkipInput["opd"], "name">;
};

const cache = new WeakMap<LkipFigureInput, NarrativeFigures>();

/**
 * The figures an LKIP's tokens name: the year's (budget, indicators) and every IKU's history across the
 * Renstra years. Computed once per input: the document and every draft read the same map.
 */
export function lkipFigures(input: LkipFigureInput): NarrativeFigures {
  const cached = cache.get(input);
  if (cached) return cached;
  const { rollup, indicators, settings } = input.evaluation;
  const figures = buildNarrativeFigures({
    rollup,
    indicators,
    year: input.year,
    opdName: input.opd.name,
    history: input.renstra.tujuan.flatMap((tujuan) =>
      tujuan.sasaran.flatMap((sasaran) =>
        sasaran.iku.map((iku) => ikuHistory(sasaran.code, iku, settings, input.year)),
      ),
    ),
  });
  cache.set(input, figures);
  return figures;
}
