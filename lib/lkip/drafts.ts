import type { NarrativeSectionValue } from "@/lib/inputs/narrative";
import type { LkipInput } from "./lkip-input";

/**
 * The system's draft of a narrative section, written from the figures with figure tokens (never typed
 * numbers), for the planner to accept and edit; null when the data gives nothing to say. `ownerId` is the
 * sasaran, program or kegiatan id for sections written per owner, else null.
 */
export function draftNarrative(
  input: LkipInput,
  section: NarrativeSectionValue,
  ownerId: string | null,
): string | null {
  void input;
  void section;
  void ownerId;
  return null;
}
