import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { resolveDatabaseConfig, toDatabaseUrl } from "./lib/database-config";

const database = resolveDatabaseConfig();
// The 6.19 CLI ignores the schema's `url` when an adapter is set, but fails to read the schema (and then
// tries to download an engine) when the variable it names is missing.
process.env.DATABASE_URL ??= toDatabaseUrl(database);

// The JavaScript schema engine runs through the driver adapter, so the CLI downloads no binary.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaPg(database);
  },
});
