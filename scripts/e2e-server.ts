/**
 * The app as Playwright sees it: a fresh `sakip_e2e` database (on TEST_DATABASE_URL's server, or the
 * embedded one) with the demo data, served from the existing build on E2E_PORT.
 */
import { embeddedDefaults, parseDatabaseUrl } from "@/lib/database-config";
import { env } from "@/lib/env";
import { prepareDatabase } from "./lib/database";
import { loadDemoData } from "./lib/demo";
import { serveApp } from "./lib/serve";

const server = env.TEST_DATABASE_URL ? parseDatabaseUrl(env.TEST_DATABASE_URL) : embeddedDefaults;
const config = { ...server, database: "sakip_e2e" };
await prepareDatabase(config, { fresh: true });
await loadDemoData(config);
const code = await serveApp({ config, port: env.E2E_PORT, dev: false });
process.exit(code);
