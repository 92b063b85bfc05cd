import "server-only";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";
import pg from "pg";
import type { DatabaseConfig } from "@/lib/database-config";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, encodeValue } from "@/lib/backup/backup-format";
import { connectRaw, lastMigration, readCatalog, selectRowsSql } from "./backup-catalog";

export type BackupSummary = { header: BackupHeader; rows: number };

export class UnknownPemdaError extends Error {}

/**
 * Writes every row of the Pemda `code` (and the reference data) to `file`, read in one repeatable-read
 * transaction so the copy is consistent while the app keeps writing.
 */
export async function backupPemda(
  config: DatabaseConfig,
  code: string,
  file: string,
): Promise<BackupSummary> {
  const client = await connectRaw(config);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const pemda = await client.query<{ id: string; code: string; name: string }>(
      `SELECT id, code, name FROM "Pemda" WHERE code = $1`,
      [code],
    );
    if (!pemda.rows[0]) throw new UnknownPemdaError(`Pemda dengan kode ${code} tidak ada di basis data ini.`);
    const catalog = await readCatalog(client);
    const counts: number[] = [];
    for (const table of catalog) {
      const where = table.scope ? ` WHERE ${table.scope}` : "";
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${pg.escapeIdentifier(table.name)}${where}`,
        table.scope ? [pemda.rows[0].id] : [],
      );
      counts.push(Number(rows[0]!.n));
    }
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      migration: await lastMigration(client),
      createdAt: new Date().toISOString(),
      pemda: pemda.rows[0],
      tables: catalog.map((table, i) => ({
        name: table.name,
        kind: table.kind,
        columns: table.columns,
        rows: counts[i]!,
      })),
    };

    async function* lines() {
      yield `${JSON.stringify(header)}\n`;
      for (const table of catalog) {
        const { rows } = await client.query<string[]>({
          text: selectRowsSql(table),
          values: table.scope ? [header.pemda.id] : [],
          rowMode: "array",
        });
        for (const row of rows) {
          const values = row.map((text, i) => encodeValue(table.columns[i]!.type, text));
          yield `${JSON.stringify([table.name, values])}\n`;
        }
      }
    }
    const out = createWriteStream(file);
    await once(out, "open");
    await pipeline(Readable.from(lines()), createGzip(), out);
    await client.query("COMMIT");
    return { header, rows: counts.reduce((a, b) => a + b, 0) };
  } finally {
    await client.end();
  }
}
