import { resolveDatabaseConfig } from "@/lib/database-config";
import { createPrismaClient } from "@/lib/server/prisma-client";

/**
 * Makes the app's `db` a client that records every statement it sends (lib/server/db.ts reuses a client
 * already on globalThis), and returns the list. Call it before anything imports lib/server/db.
 */
export function recordStatements(): string[] {
  const client = createPrismaClient(resolveDatabaseConfig(), { logQueries: true });
  (globalThis as { db?: unknown }).db = client;
  const statements: string[] = [];
  client.$on("query", (event) => statements.push(event.query));
  return statements;
}
