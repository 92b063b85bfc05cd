import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { DatabaseConfig } from "@/lib/database-config";

/**
 * A client for one database; scripts and tests create their own, the app uses `db`. `logQueries` emits
 * a "query" event per statement (tests that count what a page reads).
 */
export function createPrismaClient(config: DatabaseConfig, { logQueries = false } = {}) {
  return new PrismaClient({
    adapter: new PrismaPg({ ...config, max: 10 }),
    log: logQueries ? [{ emit: "event", level: "query" }] : [],
  });
}
