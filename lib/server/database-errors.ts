import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

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

/** PostgreSQL does not answer (down, restarting, unreachable): a service message, not a failure of ours. */
export function isDatabaseUnreachable(caught: unknown): boolean {
  return (
    caught instanceof Prisma.PrismaClientKnownRequestError &&
    ["P1001", "P1002", "P1017"].includes(caught.code)
  );
}
