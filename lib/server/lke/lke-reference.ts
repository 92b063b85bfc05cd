import { lkeKomponen88, lkeKriteria88 } from "@/lib/lke/criteria-88-2021";
import type { Tx } from "../db";

/**
 * Gives a region the LKE of PermenPAN-RB 88/2021 (components with their weights and the criteria) where it
 * has none; what the region already has (its own changes) stays. Returns how many criteria it added.
 * Not "server-only": the demo loader, a script, calls it with its own client.
 */
export async function copyLkeReference(tx: Pick<Tx, "lkeKomponen" | "lkeKriteria">, pemdaId: string) {
  await tx.lkeKomponen.createMany({
    data: lkeKomponen88.map((k) => ({ pemdaId, ...k })),
    skipDuplicates: true,
  });
  const { count } = await tx.lkeKriteria.createMany({
    data: lkeKriteria88.map((c) => ({ pemdaId, ...c })),
    skipDuplicates: true,
  });
  return count;
}
