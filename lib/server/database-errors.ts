import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

const sqlState = (caught: Prisma.PrismaClientKnownRequestError) =>
  (caught.meta?.driverAdapterError as { cause?: { originalCode?: string } } | undefined)?.cause?.originalCode;

/**
 * A unique index refused the write: P2002 from the query builder, P2010 carrying SQLSTATE 23505 from a
 * raw statement (the grid's and the import's bulk inserts).
 */
export function isUniqueViolation(caught: unknown): boolean {
  if (!(caught instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (caught.code === "P2002") return true;
  return caught.code === "P2010" && sqlState(caught) === "23505";
}

/** PostgreSQL does not answer (down, restarting, unreachable): a service message, not a failure of ours. */
export function isDatabaseUnreachable(caught: unknown): boolean {
  return (
    caught instanceof Prisma.PrismaClientKnownRequestError &&
    ["P1001", "P1002", "P1017"].includes(caught.code)
  );
}

/**
 * PostgreSQL broke a deadlock by aborting this transaction (SQLSTATE 40P01; Prisma P2034, or P2010 from a
 * raw statement). Two writers that lock the same OPD-years' version rows in different orders can meet so;
 * the aborted transaction wrote nothing and may simply run again.
 */
export function isDeadlock(caught: unknown): boolean {
  if (!(caught instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return caught.code === "P2034" || sqlState(caught) === "40P01";
}
