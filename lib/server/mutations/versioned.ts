import "server-only";
import type { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one versioned write: creates the row, or updates `existing` only if it is still at the version the
 * user edited. `expectedVersion` is that version (null: the user saw no row). When the row moved, appeared
 * or vanished since, `stale` reads it as it is now and returns the conflict to throw.
 */
export async function saveVersioned(args: {
  existing: { id: string; version: number } | null;
  expectedVersion: number | null;
  update: (where: { id: string; version: number }) => Promise<{ count: number }>;
  /** Absent for rows that are only ever updated (a workflow status, a signature). */
  create?: () => Promise<{ id: string; version: number }>;
  stale: () => Promise<AppError> | AppError;
}): Promise<{ id: string; version: number }> {
  const { existing, expectedVersion } = args;
  if (existing === null ? expectedVersion !== null : existing.version !== expectedVersion) {
    throw await args.stale();
  }
  if (!existing) {
    if (!args.create) throw new Error("saveVersioned: no row to update and no way to create one");
    const { id, version } = await args.create();
    return { id, version };
  }
  const updated = await args.update({ id: existing.id, version: existing.version });
  if (updated.count === 0) throw await args.stale();
  return { id: existing.id, version: existing.version + 1 };
}

/**
 * A unique index refused the write: P2002 from the query builder, P2010 carrying SQLSTATE 23505 from a
 * raw statement (the grid's and the import's bulk inserts).
 */
export function isUniqueViolation(caught: unknown): boolean {
  if (!(caught instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (caught.code === "P2002") return true;
  const cause = (caught.meta?.driverAdapterError as { cause?: { originalCode?: string } } | undefined)?.cause;
  return caught.code === "P2010" && cause?.originalCode === "23505";
}

/**
 * Two users creating the same unique key at once: the unique index lets one in; the other gets
 * `error()`. Wrap the whole transaction: after a unique violation it is aborted, so `error` reads anew.
 */
export async function onDuplicate<T>(
  run: () => Promise<T>,
  error: () => AppError | Promise<AppError>,
): Promise<T> {
  try {
    return await run();
  } catch (caught) {
    if (isUniqueViolation(caught)) throw await error();
    throw caught;
  }
}
