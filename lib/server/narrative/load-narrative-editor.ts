import "server-only";
import { attachDrafts } from "@/lib/narrative/attach-drafts";
import { loadLkipInput } from "../lkip/load-lkip-input";
import type { OpdYearRef } from "../opd-year/load-opd-year";
import { loadNarratives } from "./load-narratives";

/**
 * The narrative page's data: every section chapter by chapter with its text and, for a planner who may
 * edit, the draft the system writes from the figures (the LKIP's input is read once for all of them).
 */
export async function loadNarrativeEditor(
  ref: OpdYearRef & { laporan: { pemdaId: string; opdId: string; year: number } },
  { withDrafts }: { withDrafts: boolean },
) {
  const [chapters, input] = await Promise.all([
    loadNarratives(ref.laporan),
    withDrafts
      ? loadLkipInput(ref, {
          status: "DRAF",
          finalNote: null,
          verification: { code: null, url: "", revision: null, generatedAt: new Date(), generatedBy: null },
        })
      : null,
  ]);
  return attachDrafts(chapters, input);
}
