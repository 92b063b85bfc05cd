import "server-only";
import { attachDrafts } from "@/lib/narrative/attach-drafts";
import { lkipFigures } from "@/lib/lkip/lkip-figures";
import { loadLkipFigureInput, loadLkipInput } from "../lkip/load-lkip-input";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { loadNarratives } from "./load-narratives";

/**
 * The narrative page's data: every section chapter by chapter with its text; the figures its tokens print
 * in the LKIP (lkipFigures), for the preview and the warnings; and, for a planner who may edit the
 * narrative, the draft the system writes from the figures (the LKIP's input read once for all).
 */
export async function loadNarrativeEditor(context: OpdYearContext) {
  const [chapters, figureInput, input] = await Promise.all([
    loadNarratives(context.laporan),
    loadLkipFigureInput(context),
    context.rights.editNarrative
      ? loadLkipInput(context, {
          status: "DRAF",
          finalNote: null,
          verification: { code: null, url: "", revision: null, generatedAt: new Date(), generatedBy: null },
        })
      : null,
  ]);
  return { chapters: attachDrafts(chapters, input), figures: lkipFigures(input ?? figureInput) };
}
