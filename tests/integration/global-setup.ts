import type { TestProject } from "vitest/node";
import { type DatabaseConfig, embeddedDefaults, parseDatabaseUrl } from "@/lib/database-config";
import { env } from "@/lib/env";
import { dropDatabase, prepareDatabase } from "@/scripts/lib/database";

// Per run, so that two runs on one server (e.g. two terminals) never share a template.
export const templateDatabase = `sakip_test_template_${process.pid}`;

declare module "vitest" {
  export interface ProvidedContext {
    databaseServer: Omit<DatabaseConfig, "database">;
    templateDatabase: string;
  }
}

/**
 * One migrated template database per run, on TEST_DATABASE_URL's server or the embedded one; every
 * test file then gets its own copy (see per-file-database.ts), so files never see each other's rows.
 */
export default async function setup(project: TestProject) {
  const server = env.TEST_DATABASE_URL ? parseDatabaseUrl(env.TEST_DATABASE_URL) : embeddedDefaults;
  const template = { ...server, database: templateDatabase };
  await prepareDatabase(template, { fresh: true });
  const { host, port, user, password } = server;
  project.provide("databaseServer", { host, port, user, password });
  project.provide("templateDatabase", templateDatabase);
  return async () => {
    await dropDatabase(template);
  };
}
