import "server-only";
import type { Tx } from "../db";

/**
 * Serialises saves of one part of an OPD's profile (`part`: "dayaDukung", "paguIndikatif"…) until the
 * transaction ends, so the second of two concurrent saves reads the first one's rows and conflicts.
 */
export async function lockProfilePart(tx: Tx, part: string, opdId: string, year: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${part}:${opdId}:${year}`}))`;
}
