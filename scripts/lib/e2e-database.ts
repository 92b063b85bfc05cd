import { embeddedDefaults, parseDatabaseUrl } from "@/lib/database-config";
import { env } from "@/lib/env";

/** The database Playwright's servers use: `sakip_e2e` on TEST_DATABASE_URL's server, or the embedded one. */
export const e2eDatabase = {
  ...(env.TEST_DATABASE_URL ? parseDatabaseUrl(env.TEST_DATABASE_URL) : embeddedDefaults),
  database: "sakip_e2e",
};
