import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

// Runs before the test file imports anything: DATABASE_URL must point at this file's own database
// before lib/env reads it, so the app's `db` and every server module use the copy.
const server = inject("databaseServer");
const database = `sakip_test_${randomBytes(6).toString("hex")}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ ...server, database: "postgres" });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await admin(`CREATE DATABASE ${database} TEMPLATE ${pg.escapeIdentifier(inject("templateDatabase"))}`);
process.env.DATABASE_URL = `postgresql://${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}@${server.host}:${server.port}/${database}`;

afterAll(async () => {
  const { db } = await import("@/lib/server/db");
  await db.$disconnect();
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});
