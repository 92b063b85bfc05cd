import "server-only";
import type { Tx } from "../db";

/**
 * Locks the budget leaves (sub kegiatan or rekening lines) whose realisasi a transaction is about to read
 * and write, in id order so two savers never deadlock. Without it two saves could each see a leaf empty
 * and store an annual total beside a quarterly amount, a mix every single save refuses.
 */
export async function lockLeaves(tx: Tx, pemdaId: string, ids: string[]): Promise<void> {
  await tx.$executeRaw`
    SELECT 1 FROM "SubKegiatan" WHERE id = ANY(${ids}::text[]) AND "pemdaId" = ${pemdaId} ORDER BY id FOR UPDATE`;
  await tx.$executeRaw`
    SELECT 1 FROM "RekeningBelanja" WHERE id = ANY(${ids}::text[]) AND "pemdaId" = ${pemdaId} ORDER BY id FOR UPDATE`;
}
