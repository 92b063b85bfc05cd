/**
 * The notes a viewer may read: everything for whoever sees the whole OPD; for a bidang-limited planner
 * (`bidangFilter`) the notes on the whole OPD and on their bidang's items.
 */
export function visibleNotes<Note extends { bidangId: string | null }>(
  notes: readonly Note[],
  bidangFilter: readonly string[] | null,
): Note[] {
  if (!bidangFilter) return [...notes];
  return notes.filter((note) => note.bidangId === null || bidangFilter.includes(note.bidangId));
}

/** Notes still waiting for the reviewer to close them (terbuka or dijawab). */
export const countOpenNotes = (notes: readonly { status: string }[]): number =>
  notes.filter((note) => note.status !== "SELESAI").length;
