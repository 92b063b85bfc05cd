import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { e2eDatabase } from "@/scripts/lib/e2e-database";
import { loadDemoData } from "@/scripts/lib/demo";

const QUIET_WITHIN_MS = 60_000;
const POLL_MS = 100;
/** A request between two statements looks idle for a moment: quiet means this many polls in a row. */
const QUIET_POLLS = 5;

/**
 * Waits until no other connection to the e2e database runs a statement or holds a transaction: a request
 * the previous spec file started (a result computed after its last page closed) finishes on the data it
 * began with, rather than writing into the freshly loaded demo.
 */
async function waitForQuietServers(client: pg.Client): Promise<void> {
  const deadline = Date.now() + QUIET_WITHIN_MS;
  let quietPolls = 0;
  while (quietPolls < QUIET_POLLS) {
    const { rows } = await client.query<{ state: string; query: string }>(
      `SELECT state, left(query, 200) AS query FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
    );
    quietPolls = rows.length === 0 ? quietPolls + 1 : 0;
    if (rows.length > 0 && Date.now() > deadline) {
      const busy = rows.map((row) => `${row.state}: ${row.query}`).join("\n");
      throw new Error(`The app servers were still busy after ${QUIET_WITHIN_MS} ms:\n${busy}`);
    }
    await sleep(POLL_MS);
  }
}

/**
 * Empties every table of the e2e database and loads the demo again, so that each spec file starts from the
 * same data whatever ran before it. The app servers keep their pools: TRUNCATE waits for no idle connection.
 */
export async function resetDemoDatabase(): Promise<void> {
  const client = new pg.Client(e2eDatabase);
  await client.connect();
  try {
    await waitForQuietServers(client);
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
