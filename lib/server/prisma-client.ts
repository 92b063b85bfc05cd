import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { DatabaseConfig } from "@/lib/database-config";

/** The connection pool of one process: the app's `db` shares it with `executeLarge`. */
export const createPool = (config: DatabaseConfig) => new pg.Pool({ ...config, max: 10 });

/**
 * A client for one database; scripts and tests create their own from its settings, the app's `db` from its
 * pool. `logQueries` emits a "query" event per statement (tests that count what a page reads).
 */
export function createPrismaClient(source: DatabaseConfig | pg.Pool, { logQueries = false } = {}) {
  return new PrismaClient({
    // The pool ends with the client's `$disconnect()`.
    adapter: new PrismaPg(source instanceof pg.Pool ? source : createPool(source), {
      disposeExternalPool: true,
    }),
    log: logQueries ? [{ emit: "event", level: "query" }] : [],
    // Prisma's defaults (2 s to get a connection, 5 s to finish) fail ordinary saves on a busy 2-core server.
    // Bulk writes (the grid save, the Excel import) set larger limits of their own.
    transactionOptions: { maxWait: 15_000, timeout: 30_000 },
  });
}
