/**
 * The app as Playwright sees it: a fresh `sakip_e2e` database (on TEST_DATABASE_URL's server, or the
 * embedded one) with the demo data, served from the existing build on E2E_PORT.
 */
import { env } from "@/lib/env";
import { prepareDatabase } from "./lib/database";
import { loadDemoData } from "./lib/demo";
import { e2eDatabase } from "./lib/e2e-database";
import { serveApp } from "./lib/serve";

await prepareDatabase(e2eDatabase, { fresh: true });
await loadDemoData(e2eDatabase);
const code = await serveApp({ config: e2eDatabase, port: env.E2E_PORT, dev: false });
process.exit(code);
