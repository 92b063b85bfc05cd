import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { DatabaseConfig } from "@/lib/database-config";

/** A client for one database; scripts and tests create their own, the app uses `db`. */
export function createPrismaClient(config: DatabaseConfig): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ ...config, max: 10 }) });
}
