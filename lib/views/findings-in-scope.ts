import type { Finding } from "@/lib/calc/finding";

/** A plan item findings may point at, by level and kode, and the bidang owning it (a rekening: its sub kegiatan's). */
export type ScopedItem = { level: string; code: string; bidangId: string | null };

/**
 * The findings a reader limited to some bidang may see: those on items they cover, and those on no plan
 * item at all (OPD totals, the Renstra's indicators, the narrative), as with review notes on the whole
 * OPD. A rekening kode repeats across sub kegiatan: its finding shows only if the reader covers every one.
 */
export function findingsInScope(
  findings: readonly Finding[],
  items: readonly ScopedItem[],
  covers: (bidangId: string | null) => boolean,
): Finding[] {
  const owners = new Map<string, (string | null)[]>();
  for (const item of items) {
    const key = `${item.level}:${item.code}`;
    owners.set(key, [...(owners.get(key) ?? []), item.bidangId]);
  }
  return findings.filter(({ location }) => {
    const itemOwners = owners.get(`${location.level}:${location.code}`);
    return !itemOwners || itemOwners.every(covers);
  });
}
