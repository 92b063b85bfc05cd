// Preloaded into an app server by tests/e2e/statements-per-page.spec.ts (NODE_OPTIONS=--import):
// appends every statement node-postgres sends, with its parameters, as one JSON line to the file named by
// SAKIP_STATEMENT_LOG. The app's Prisma client reaches PostgreSQL only through pg's Client, which Next.js
// loads from node_modules (serverExternalPackages), the same module this file patches.
import { appendFileSync } from "node:fs";
import pg from "pg";

const file = process.env.SAKIP_STATEMENT_LOG;
if (file) {
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function recordedQuery(config, values, callback) {
    const text = typeof config === "string" ? config : config?.text;
    const parameters = typeof config === "string" || Array.isArray(values) ? values : config?.values;
    if (typeof text === "string") appendFileSync(file, `${JSON.stringify({ text, parameters })}\n`);
    return query.call(this, config, values, callback);
  };
}
