import pg from "pg";
import { e2eDatabase } from "@/scripts/lib/e2e-database";
import { loadDemoData } from "@/scripts/lib/demo";

/**
 * Empties every table of the e2e database and loads the demo again, so that each spec file starts from the
 * same data whatever ran before it. The app servers keep their pools: TRUNCATE waits for no idle connection.
 */
export async function resetDemoDatabase(): Promise<void> {
  const client = new pg.Client(e2eDatabase);
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    const tables = rows.map((row) => pg.escapeIdentifier(row.name)).join(", ");
    await client.query(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
  await loadDemoData(e2eDatabase);
}
