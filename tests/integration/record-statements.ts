import type pg from "pg";
import { resolveDatabaseConfig } from "@/lib/database-config";
import { createPool, createPrismaClient } from "@/lib/server/prisma-client";

/**
 * Makes the app's pool and `db` ones that record every statement they send (lib/server/db.ts reuses those
 * already on globalThis), and returns the list. Call it before anything imports lib/server/db.
 */
export function recordStatements(): string[] {
  const statements: string[] = [];
  const pool = createPool(resolveDatabaseConfig());
  const client = createPrismaClient(pool, { logQueries: true });
  client.$on("query", (event) => statements.push(event.query));
  // `executeLarge` hands the pool its SQL as a string; Prisma's statements arrive as query objects, seen above.
  const query = pool.query.bind(pool) as (text: unknown, values?: unknown) => Promise<pg.QueryResult>;
  Object.assign(pool, {
    query: (text: unknown, values?: unknown) => {
      if (typeof text === "string") statements.push(text);
      return query(text, values);
    },
  });
  Object.assign(globalThis, { pool, db: client });
  return statements;
}
