import "server-only";
import { db, type Tx } from "../db";
import type { OpdYearKey } from "./opd-year-key";

/**
 * The OPD-year's data version: bumped in the same transaction as every change of the rows its figures come
 * from (docs/scaling.md §6). 0 when nothing has been recorded for it yet.
 */
export async function readDataVersion(key: OpdYearKey, client: Tx | typeof db = db): Promise<bigint> {
  const row = await client.opdYearVersion.findFirst({
    where: { pemdaId: key.pemdaId, opdId: key.opdId, year: key.year },
    select: { version: true },
  });
  return row?.version ?? 0n;
}
