import "server-only";
import type { AppError } from "@/lib/errors";
import { isUniqueViolation } from "../database-errors";

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
