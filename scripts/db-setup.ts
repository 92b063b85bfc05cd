/** `npm run db:setup`: database, migrations and demo data, without serving. */
import { resolveDatabaseConfig } from "@/lib/database-config";
import { prepareDatabase } from "./lib/database";
import { loadDemoData } from "./lib/demo";

const config = resolveDatabaseConfig();
await prepareDatabase(config);
await loadDemoData(config);
