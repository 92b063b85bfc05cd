import type { ReviewTarget } from "@/lib/inputs/review-note";

/** One item a reviewer may write a note about, as the note form offers it. */
export type ReviewTargetOption = { entity: ReviewTarget; entityId: string; label: string };

const itemTargets = { PROGRAM: "Program", KEGIATAN: "Kegiatan", SUB_KEGIATAN: "SubKegiatan" } as const;

/** The note target of a plan item of a level (program, kegiatan, sub kegiatan); none for a sasaran or tujuan. */
export function itemTarget(item: { level: string; id: string; code: string; name: string }) {
  const entity = itemTargets[item.level as keyof typeof itemTargets];
  return entity ? [{ entity, entityId: item.id, label: `${item.code} ${item.name}` }] : [];
}

/** The notes about any of `targets`. */
export const notesAbout = <Note extends { entityId: string }>(
  notes: readonly Note[],
  targets: readonly ReviewTargetOption[],
): Note[] => notes.filter((note) => targets.some((target) => target.entityId === note.entityId));
