import "server-only";
import pg from "pg";
import type { DatabaseConfig } from "@/lib/database-config";
import type { BackupColumn, TableKind } from "@/lib/backup/backup-format";

/**
 * Tables a Pemda's backup leaves out on purpose, and why. Every other table of the schema is classified
 * from the database itself (`readCatalog`), so a model added later is backed up without a change here.
 */
export const excludedTables: Record<string, string> = {
  _prisma_migrations: "riwayat migrasi skema; kepala cadangan mencatat migrasi terakhirnya",
  Session: "sesi masuk: basis data yang dipulihkan dimulai tanpa pengguna yang sedang masuk",
  SignInThrottle: "penghitung gagal masuk per alamat klien, bukan data wilayah",
  SignInBudget: "penghitung gagal masuk per alamat klien, bukan data wilayah",
};

/** A foreign key: `columns` of the table refer to `parentColumns` of `parent`. */
type ForeignKey = { parent: string; columns: string[]; parentColumns: string[] };

export type CatalogTable = {
  name: string;
  kind: TableKind;
  columns: BackupColumn[];
  /** The SQL condition selecting the Pemda's rows (parameter $1: the Pemda's id); null for reference data. */
  scope: string | null;
  /** The column of a sequence-backed default (e.g. AuditLog.id), whose sequence a restore moves past. */
  serialColumns: string[];
};

const quote = (name: string) => pg.escapeIdentifier(name);

/** Text forms of every value: nothing is parsed into a JavaScript number, date or buffer on the way. */
export function rawClient(config: DatabaseConfig): pg.Client {
  return new pg.Client({ ...config, types: { getTypeParser: () => (value: string) => value } });
}

/** Connected, in UTC and ISO date style, so timestamps read and write the same everywhere. */
export async function connectRaw(config: DatabaseConfig): Promise<pg.Client> {
  const client = rawClient(config);
  await client.connect();
  await client.query("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'");
  return client;
}

/** The last migration applied to the database (the schema a backup was made with or is restored into). */
export async function lastMigration(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`,
  );
  if (!rows[0]) throw new Error("Basis data belum dimigrasi: tidak ada migrasi yang tercatat.");
  return rows[0].migration_name;
}

export async function appliedMigrations(client: pg.Client): Promise<Set<string>> {
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return new Set(rows.map((row) => row.migration_name));
}

/**
 * Every table of the schema but the excluded ones, classified and in an order where each table comes after
 * the tables its foreign keys point at (the order rows are written back in).
 */
export async function readCatalog(client: pg.Client): Promise<CatalogTable[]> {
  // (The raw client reads a boolean as "t" or "f".)
  const columns = await client.query<{ table: string; name: string; type: string; serial: string }>(
    `SELECT c.table_name AS table, c.column_name AS name, c.data_type AS type,
            coalesce(c.column_default LIKE 'nextval(%', false) AS serial
       FROM information_schema.columns c
       JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = current_schema()
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const keys = await client.query<{ table: string; parent: string; columns: string; parentColumns: string }>(
    `SELECT child.relname AS table, parent.relname AS parent,
            (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(n, ord)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n) AS columns,
            (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(n, ord)
               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n) AS "parentColumns"
       FROM pg_constraint con
       JOIN pg_class child ON child.oid = con.conrelid
       JOIN pg_class parent ON parent.oid = con.confrelid
      WHERE con.contype = 'f' AND con.connamespace = current_schema()::regnamespace`,
  );

  const tableColumns = new Map<string, { columns: BackupColumn[]; serial: string[] }>();
  for (const row of columns.rows) {
    if (row.table in excludedTables) continue;
    const entry = tableColumns.get(row.table) ?? { columns: [], serial: [] };
    entry.columns.push({ name: row.name, type: row.type });
    if (row.serial === "t") entry.serial.push(row.name);
    tableColumns.set(row.table, entry);
  }
  const foreignKeys = new Map<string, ForeignKey[]>();
  for (const row of keys.rows) {
    if (!tableColumns.has(row.table)) continue;
    const list = foreignKeys.get(row.table) ?? [];
    list.push({
      parent: row.parent,
      columns: row.columns.split(","),
      parentColumns: row.parentColumns.split(","),
    });
    foreignKeys.set(row.table, list);
  }

  const hasPemdaId = (table: string) => tableColumns.get(table)?.columns.some((c) => c.name === "pemdaId");
  const classify = (table: string): Pick<CatalogTable, "kind" | "scope"> => {
    if (table === "Pemda") return { kind: "PEMDA", scope: `${quote("id")} = $1` };
    if (hasPemdaId(table)) return { kind: "TENANT", scope: `${quote("pemdaId")} = $1` };
    const owner = (foreignKeys.get(table) ?? []).find(
      (key) => key.parent === "Pemda" || hasPemdaId(key.parent),
    );
    if (!owner) return { kind: "REFERENCE", scope: null };
    const ownerScope = owner.parent === "Pemda" ? quote("id") : quote("pemdaId");
    const list = (names: string[]) => names.map(quote).join(", ");
    return {
      kind: "CHILD",
      scope:
        `(${list(owner.columns)}) IN (SELECT ${list(owner.parentColumns)} FROM ${quote(owner.parent)} ` +
        `WHERE ${ownerScope} = $1)`,
    };
  };

  // Depth-first: every parent before its children (a self-reference does not order the table).
  const ordered: CatalogTable[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.some((t) => t.name === table) || visiting.has(table)) return;
    visiting.add(table);
    for (const key of foreignKeys.get(table) ?? []) {
      if (key.parent !== table && tableColumns.has(key.parent)) visit(key.parent);
    }
    const { columns: cols, serial } = tableColumns.get(table)!;
    ordered.push({ name: table, ...classify(table), columns: cols, serialColumns: serial });
  };
  for (const table of [...tableColumns.keys()].sort()) visit(table);
  return ordered;
}

/** The SELECT of a table's rows of the Pemda (all rows of reference data). */
export function selectRowsSql(table: CatalogTable): string {
  const list = table.columns.map((c) => quote(c.name)).join(", ");
  const where = table.scope ? ` WHERE ${table.scope}` : "";
  return `SELECT ${list} FROM ${quote(table.name)}${where} ORDER BY 1`;
}
