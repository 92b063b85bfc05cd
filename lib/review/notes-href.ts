/** Where a note's conversation is shown: the OPD-year's page of review notes, at the note. */
export const notesHref = (slug: string, year: number, noteId: string) =>
  `/opd/${slug}/${year}/catatan#catatan-${noteId}`;
