/**
 * `npm start`: database (embedded under .data/ when DATABASE_URL is unset), migrations, demo data,
 * build, serve on PORT (default 3000). `--dev` serves with `next dev` instead of building.
 */
import { resolveDatabaseConfig } from "@/lib/database-config";
import { env } from "@/lib/env";
import { prepareDatabase } from "./lib/database";
import { loadDemoData } from "./lib/demo";
import { buildApp, serveApp } from "./lib/serve";

const dev = process.argv.includes("--dev");
const config = resolveDatabaseConfig();
await prepareDatabase(config);
await loadDemoData(config);
if (!dev) buildApp();
const code = await serveApp({ config, port: env.PORT, dev });
process.exit(code);
