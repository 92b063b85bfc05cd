import "server-only";
import type { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/** Two users creating the same unique key at once: the unique index lets one in; the other gets `error()`. */
export async function onDuplicate<T>(run: () => Promise<T>, error: () => AppError): Promise<T> {
  try {
    return await run();
  } catch (caught) {
    if (caught instanceof Prisma.PrismaClientKnownRequestError && caught.code === "P2002") throw error();
    throw caught;
  }
}

/**
 * Creates the item, or updates `existing` only if its version has not moved since it was read; when it
 * has, `stale` reads the item as it is now and returns the conflict to throw.
 */
export async function saveVersioned(args: {
  existing: { id: string; version: number } | null;
  update: (where: { id: string; version: number }) => Promise<{ count: number }>;
  create: () => Promise<{ id: string; version: number }>;
  stale: () => Promise<AppError>;
}): Promise<{ id: string; version: number }> {
  const { existing } = args;
  if (!existing) {
    const { id, version } = await args.create();
    return { id, version };
  }
  const updated = await args.update({ id: existing.id, version: existing.version });
  if (updated.count === 0) throw await args.stale();
  return { id: existing.id, version: existing.version + 1 };
}
