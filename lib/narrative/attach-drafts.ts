import { draftNarrative } from "@/lib/lkip/drafts";
import type { LkipInput } from "@/lib/lkip/lkip-input";
import { narrativeOwnerId, type NarrativeOwnerIds, type NarrativeSectionValue } from "@/lib/inputs/narrative";

type Slot = { section: NarrativeSectionValue; ids: NarrativeOwnerIds };

/**
 * Each section's draft written from the figures (null: nothing to offer), for the planner to take into
 * the text box; `draft` is the drafting function, replaceable only to test this plumbing.
 */
export function attachDrafts<T extends Slot>(
  chapters: readonly { title: string; entries: readonly T[] }[],
  input: LkipInput | null,
  draft: typeof draftNarrative = draftNarrative,
): { title: string; entries: (T & { draft: string | null })[] }[] {
  return chapters.map(({ title, entries }) => ({
    title,
    entries: entries.map((entry) => ({
      ...entry,
      draft: input ? draft(input, entry.section, narrativeOwnerId(entry.section, entry.ids)) : null,
    })),
  }));
}
