import "server-only";
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import pg from "pg";
import type { DatabaseConfig } from "@/lib/database-config";
import {
  BackupFileError,
  type BackupHeader,
  type BackupTable,
  type BackupValue,
  decodeValue,
  parseBackupHeader,
  parseRowLine,
} from "@/lib/backup/backup-format";
import { appliedMigrations, connectRaw, readCatalog } from "./backup-catalog";

/** A restore the target refuses (the Pemda is there already, an unknown schema): nothing was written. */
export class RestoreRefusedError extends Error {}

export type RestoreSummary = { header: BackupHeader; rows: number };

const quote = (name: string) => pg.escapeIdentifier(name);
/** Rows per INSERT, under PostgreSQL's 65.535 parameters a statement. */
const PARAMETERS_PER_INSERT = 30_000;

/** The lines of a gzip'd file; a damaged or cut-off file ends the iteration with an error. */
async function* linesOf(file: string): AsyncGenerator<string> {
  let rest = "";
  try {
    for await (const chunk of createReadStream(file).pipe(createGunzip())) {
      const parts = (rest + (chunk as Buffer).toString("utf8")).split("\n");
      rest = parts.pop()!;
      yield* parts;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new BackupFileError(`Berkas cadangan ${file} tidak ditemukan.`);
    throw new BackupFileError(`Berkas cadangan ${file} rusak atau terpotong: gzip-nya tidak dapat dibaca.`);
  }
  if (rest !== "") yield rest;
}

/**
 * Writes the Pemda of a backup file into the database, all in one transaction: refused before anything is
 * written when the database already holds the Pemda or does not know the backup's schema, and rolled back
 * whole when the file turns out corrupt further on. Reference data is added only where missing. Triggers
 * (the OPD-year data versions, the audit log's guard) are held off so every row comes back as it was.
 */
export async function restorePemda(config: DatabaseConfig, file: string): Promise<RestoreSummary> {
  const lines = linesOf(file);
  const first = await lines.next();
  const header = parseBackupHeader(first.done ? undefined : first.value);
  const client = await connectRaw(config);
  try {
    await client.query("BEGIN");
    const migrations = await appliedMigrations(client);
    if (!migrations.has(header.migration)) {
      throw new RestoreRefusedError(
        `Cadangan dibuat dengan skema basis data ${header.migration}, yang tidak dikenal basis data tujuan. ` +
          `Pulihkan dengan versi aplikasi yang sama dengan saat pencadangan.`,
      );
    }
    const existing = await client.query<{ name: string }>(
      `SELECT name FROM "Pemda" WHERE code = $1 OR id = $2`,
      [header.pemda.code, header.pemda.id],
    );
    if (existing.rows[0]) {
      throw new RestoreRefusedError(
        `Basis data tujuan sudah memuat Pemda ${header.pemda.code} (${existing.rows[0].name}). ` +
          `Pemulihan dibatalkan; tidak ada yang ditulis.`,
      );
    }
    const catalog = new Map((await readCatalog(client)).map((table) => [table.name, table]));
    for (const table of header.tables) {
      const target = catalog.get(table.name);
      const missing = table.columns.filter((c) => !target?.columns.some((t) => t.name === c.name));
      if (!target || missing.length > 0) {
        throw new RestoreRefusedError(
          `Basis data tujuan tidak memiliki tabel ${table.name}` +
            (target ? ` dengan kolom ${missing.map((c) => c.name).join(", ")}` : "") +
            `. Pulihkan dengan versi aplikasi yang sama dengan saat pencadangan.`,
        );
      }
    }
    for (const table of header.tables)
      await client.query(`ALTER TABLE ${quote(table.name)} DISABLE TRIGGER USER`);

    let lineNumber = 1;
    let rows = 0;
    for (const table of header.tables) {
      const batch: BackupValue[][] = [];
      const perInsert = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / table.columns.length));
      for (let n = 0; n < table.rows; n++) {
        const line = await lines.next();
        lineNumber++;
        if (line.done) {
          throw new BackupFileError(
            `Berkas cadangan terpotong: tabel ${table.name} berhenti pada baris ${n} dari ${table.rows}.`,
          );
        }
        const values = parseRowLine(line.value, lineNumber, table);
        checkOwner(header, table, values, lineNumber);
        batch.push(values);
        if (batch.length === perInsert) await insertRows(client, table, batch.splice(0));
      }
      if (batch.length > 0) await insertRows(client, table, batch);
      rows += table.rows;
    }
    const extra = await lines.next();
    if (!extra.done) {
      throw new BackupFileError(
        `Berkas cadangan rusak: baris ${lineNumber + 1} tidak disebut kepala berkas.`,
      );
    }

    for (const table of header.tables) {
      await client.query(`ALTER TABLE ${quote(table.name)} ENABLE TRIGGER USER`);
      for (const column of catalog.get(table.name)!.serialColumns)
        await moveSequencePast(client, table.name, column);
    }
    await client.query("COMMIT");
    return { header, rows };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    await lines.return(undefined);
  }
}

/** A row of a region's table must belong to the backup's Pemda: a file cannot write into another region. */
function checkOwner(header: BackupHeader, table: BackupTable, values: BackupValue[], lineNumber: number) {
  const column = table.kind === "PEMDA" ? "id" : table.kind === "TENANT" ? "pemdaId" : null;
  if (!column) return;
  const value = values[table.columns.findIndex((c) => c.name === column)];
  if (value !== header.pemda.id) {
    throw new BackupFileError(
      `Berkas cadangan rusak di baris ${lineNumber}: baris tabel ${table.name} bukan milik Pemda ${header.pemda.code}.`,
    );
  }
}

async function insertRows(client: pg.Client, table: BackupTable, batch: BackupValue[][]): Promise<void> {
  const width = table.columns.length;
  const tuples = batch.map((_, r) => `(${table.columns.map((_, c) => `$${r * width + c + 1}`).join(", ")})`);
  const params = batch.flatMap((row) => row.map((value, c) => decodeValue(table.columns[c]!.type, value)));
  // Reference data shared by every region is added only where the target lacks it.
  const conflict = table.kind === "REFERENCE" ? " ON CONFLICT DO NOTHING" : "";
  const sql =
    `INSERT INTO ${quote(table.name)} (${table.columns.map((c) => quote(c.name)).join(", ")}) ` +
    `VALUES ${tuples.join(", ")}${conflict}`;
  try {
    await client.query(sql, params);
  } catch (error) {
    const { code, detail } = error as { code?: string; detail?: string };
    if (code === "23505") {
      throw new RestoreRefusedError(
        `Baris tabel ${table.name} bertabrakan dengan data yang sudah ada di basis data tujuan` +
          `${detail ? ` (${detail})` : ""}. Pemulihan dibatalkan; tidak ada yang ditulis.`,
      );
    }
    throw error;
  }
}

/** After rows written with their own ids, the next id the sequence hands out must be above them. */
async function moveSequencePast(client: pg.Client, table: string, column: string): Promise<void> {
  await client.query(
    `SELECT setval(s.seq, GREATEST(m.max, s.last))
       FROM (SELECT pg_get_serial_sequence($1, $2)::regclass AS seq) q
       CROSS JOIN LATERAL (SELECT q.seq AS seq, pg_sequence_last_value(q.seq) AS last) s
       CROSS JOIN LATERAL (SELECT max(${quote(column)})::bigint AS max FROM ${quote(table)}) m
      WHERE m.max IS NOT NULL`,
    [quote(table), column],
  );
}
