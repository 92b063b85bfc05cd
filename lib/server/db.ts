import "server-only";
import { resolveDatabaseConfig } from "@/lib/database-config";
import { createPrismaClient } from "./prisma-client";

// One pool per server process; it holds connections only, no request state.
const globalForDb = globalThis as unknown as { db?: ReturnType<typeof createPrismaClient> };

export const db = globalForDb.db ?? createPrismaClient(resolveDatabaseConfig());
globalForDb.db = db;

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
