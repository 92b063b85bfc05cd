import path from "node:path";
import { env } from "./env";

/** Connection settings as an object: node-postgres lets a connection string override `database`. */
export interface DatabaseConfig {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

export const embeddedDataDir = path.join(process.cwd(), ".data", "postgres");

export const embeddedDefaults = {
  host: "127.0.0.1",
  port: env.EMBEDDED_PG_PORT,
  user: "postgres",
  password: "sakip-local",
  database: "sakip",
} satisfies DatabaseConfig;

export function parseDatabaseUrl(url: string): DatabaseConfig {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")),
  };
}

export function toDatabaseUrl(config: DatabaseConfig): string {
  const auth = `${encodeURIComponent(config.user)}:${encodeURIComponent(config.password)}`;
  return `postgresql://${auth}@${config.host}:${config.port}/${encodeURIComponent(config.database)}`;
}

/** DATABASE_URL when set, otherwise the embedded server under .data/. */
export function resolveDatabaseConfig(): DatabaseConfig {
  return env.DATABASE_URL ? parseDatabaseUrl(env.DATABASE_URL) : embeddedDefaults;
}
