import "server-only";
import type pg from "pg";
import { resolveDatabaseConfig } from "@/lib/database-config";
import { createPool, createPrismaClient } from "./prisma-client";

// One pool per server process, shared by Prisma and `executeLarge`; it holds connections only, no request state.
const globalForDb = globalThis as unknown as { pool?: pg.Pool; db?: ReturnType<typeof createPrismaClient> };

const pool = globalForDb.pool ?? createPool(resolveDatabaseConfig());
globalForDb.pool = pool;

export const db = globalForDb.db ?? createPrismaClient(pool);
globalForDb.db = db;

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Runs one statement whose parameters are megabytes (a stored result's figures, a draft's bytes) on the
 * pool, outside Prisma and any transaction: Prisma's client keeps the arguments of its last 100 queries in
 * memory whatever `DEBUG` says, so through Prisma each such write would stay in the server's heap until
 * 100 more queries had run. Returns the number of rows written.
 */
export async function executeLarge(
  sql: string,
  values: readonly (string | number | Buffer)[],
): Promise<number> {
  const result = await pool.query(sql, [...values]);
  return result.rowCount ?? 0;
}
