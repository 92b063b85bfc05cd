import { z } from "@/lib/inputs/zod";

/**
 * The backup file of one Pemda (`npm run backup`): gzip'd JSON lines. The first line is the header (format,
 * version, the schema's last migration, the Pemda, every table with its columns and row count, in the
 * order the rows follow); each further line is one row, `[table, [value, …]]`, the values in the header's
 * column order. Values are PostgreSQL's own text forms (Decimal and BigInt as strings, so nothing is
 * rounded), except bytea (base64) and timestamps (ISO 8601, UTC).
 */
export const BACKUP_FORMAT = "sakip-pemda-backup";
export const BACKUP_VERSION = 1;

/**
 * How a table's rows belong to the Pemda: the Pemda row itself, a row carrying `pemdaId`, a row hanging
 * off such a row without a `pemdaId` of its own (`CHILD`), or reference data shared by every region,
 * restored only where missing.
 */
export const tableKinds = ["PEMDA", "TENANT", "CHILD", "REFERENCE"] as const;
export type TableKind = (typeof tableKinds)[number];

const columnSchema = z.object({ name: z.string().min(1), type: z.string().min(1) });
export type BackupColumn = z.infer<typeof columnSchema>;

const tableSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(tableKinds),
  columns: z.array(columnSchema).min(1),
  rows: z.number().int().nonnegative(),
});
export type BackupTable = z.infer<typeof tableSchema>;

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  migration: z.string().min(1),
  createdAt: z.string(),
  pemda: z.object({ id: z.string().min(1), code: z.string().min(1), name: z.string() }),
  tables: z.array(tableSchema),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export type BackupValue = string | null;
const rowLineSchema = z.tuple([z.string(), z.array(z.string().nullable())]);

export class BackupFileError extends Error {}

/** The header line, refused with a message saying what is wrong with the file. */
export function parseBackupHeader(line: string | undefined): BackupHeader {
  let json: unknown;
  try {
    json = JSON.parse(line ?? "");
  } catch {
    throw new BackupFileError("Berkas ini bukan cadangan SAKIP: baris pertamanya bukan kepala cadangan.");
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT) {
    throw new BackupFileError("Berkas ini bukan cadangan SAKIP: baris pertamanya bukan kepala cadangan.");
  }
  const version = (json as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    throw new BackupFileError(
      `Versi format cadangan ${String(version)} tidak dikenal (versi ini membaca versi ${BACKUP_VERSION}).`,
    );
  }
  const header = backupHeaderSchema.safeParse(json);
  if (!header.success) throw new BackupFileError("Kepala berkas cadangan rusak: isinya tidak lengkap.");
  return header.data;
}

/** One row line (`lineNumber` counts from 1, the header included), checked against the header's table. */
export function parseRowLine(
  line: string,
  lineNumber: number,
  expected: BackupTable | undefined,
): BackupValue[] {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new BackupFileError(`Berkas cadangan rusak di baris ${lineNumber}: bukan JSON yang utuh.`);
  }
  const row = rowLineSchema.safeParse(json);
  if (!row.success)
    throw new BackupFileError(`Berkas cadangan rusak di baris ${lineNumber}: bentuk baris salah.`);
  const [table, values] = row.data;
  if (!expected || table !== expected.name) {
    throw new BackupFileError(
      `Berkas cadangan rusak di baris ${lineNumber}: baris tabel ${table} tidak pada urutan yang disebut kepala ` +
        `berkas${expected ? ` (diharapkan ${expected.name})` : ""}.`,
    );
  }
  if (values.length !== expected.columns.length) {
    throw new BackupFileError(
      `Berkas cadangan rusak di baris ${lineNumber}: tabel ${table} memiliki ${expected.columns.length} kolom, ` +
        `baris ini ${values.length}.`,
    );
  }
  return values;
}

/** PostgreSQL's text form of a value, as the file keeps it. */
export function encodeValue(type: string, text: string | null): BackupValue {
  if (text === null) return null;
  if (type === "bytea") return Buffer.from(text.slice(2), "hex").toString("base64");
  if (type === "timestamp without time zone") return `${text.replace(" ", "T")}Z`;
  // The backup's session runs in UTC: "2026-12-07 14:00:00.123+00".
  if (type === "timestamp with time zone") return text.replace(" ", "T").replace(/\+00$/, "Z");
  return text;
}

/** The parameter to write for a value of the file: PostgreSQL reads every text form back itself. */
export function decodeValue(type: string, value: BackupValue): string | Buffer | null {
  if (value === null) return null;
  if (type === "bytea") return Buffer.from(value, "base64");
  // A zone in the literal of a timestamp without time zone is ignored: the UTC wall time is stored.
  return value;
}
