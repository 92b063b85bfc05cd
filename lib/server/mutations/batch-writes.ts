import "server-only";
import { randomBytes } from "node:crypto";
import type { AppError } from "@/lib/errors";
import type { Tx } from "../db";

/**
 * Writes of thousands of rows in one statement each, over arrays (`unnest`): the ORM's createMany and
 * per-row updates are far slower at that size. Used by the quarterly grid and the Excel import.
 */

/**
 * Options of a transaction that writes or plans thousands of rows: the 5.000-cell grid save and the
 * import of a 60.000-row workbook take seconds, and many more on a busy 2-core server, where Prisma's
 * default (5 s) would roll back a change that was on its way to succeed. `maxWait` bounds the wait for
 * a connection of the pool, so a saturated server answers instead of queueing the planner indefinitely.
 */
export const BULK_TRANSACTION = { timeout: 120_000, maxWait: 10_000 } as const;

type ColumnType =
  | "text"
  | "numeric"
  | "int"
  | "boolean"
  | "Polarity"
  | "Calculation"
  | "QuarterAggregation"
  | "IndicatorLevel"
  | "ReportPeriod"
  | "NarrativeSection";

/** A table written in bulk: every column an insert gives, with its SQL type; whether it keeps `updatedAt`. */
export type BatchTable<C extends string> = {
  name: string;
  updatedAt: boolean;
  columns: Readonly<Record<C, ColumnType>>;
};

const table = <C extends string>(
  name: string,
  updatedAt: boolean,
  columns: Record<C, ColumnType>,
): BatchTable<C> => ({ name, updatedAt, columns });

/** The column lists of every table written in bulk: one definition each, for inserts and updates alike. */
export const batchTables = {
  laporanKinerja: table("LaporanKinerja", true, { reportedPagu: "numeric", reportedRealisasi: "numeric" }),
  tujuan: table("Tujuan", false, { pemdaId: "text", periodeId: "text", code: "text", text: "text" }),
  sasaran: table("Sasaran", false, { pemdaId: "text", code: "text", text: "text", tujuanId: "text" }),
  program: table("Program", true, {
    pemdaId: "text",
    opdId: "text",
    year: "int",
    code: "text",
    name: "text",
    bidangId: "text",
    reportedPagu: "numeric",
    reportedRealisasi: "numeric",
  }),
  kegiatan: table("Kegiatan", true, {
    pemdaId: "text",
    opdId: "text",
    year: "int",
    code: "text",
    programId: "text",
    name: "text",
    bidangId: "text",
    reportedPagu: "numeric",
    reportedRealisasi: "numeric",
  }),
  subKegiatan: table("SubKegiatan", true, {
    pemdaId: "text",
    opdId: "text",
    year: "int",
    code: "text",
    kegiatanId: "text",
    name: "text",
    bidangId: "text",
    paguAwal: "numeric",
    paguPerubahan: "numeric",
    reportedPagu: "numeric",
    reportedRealisasi: "numeric",
  }),
  rekeningBelanja: table("RekeningBelanja", false, {
    pemdaId: "text",
    subKegiatanId: "text",
    code: "text",
    name: "text",
    paguAwal: "numeric",
    paguPerubahan: "numeric",
  }),
  realisasiAnggaran: table("RealisasiAnggaran", true, {
    pemdaId: "text",
    subKegiatanId: "text",
    rekeningBelanjaId: "text",
    period: "ReportPeriod",
    amount: "numeric",
  }),
  indikator: table("Indikator", true, {
    pemdaId: "text",
    level: "IndicatorLevel",
    tujuanId: "text",
    sasaranId: "text",
    programId: "text",
    kegiatanId: "text",
    subKegiatanId: "text",
    isIku: "boolean",
    name: "text",
    satuan: "text",
    polarity: "Polarity",
    calculation: "Calculation",
    aggregation: "QuarterAggregation",
    position: "int",
    numeratorLabel: "text",
    denominatorLabel: "text",
  }),
  targetIndikator: table("TargetIndikator", false, {
    pemdaId: "text",
    indikatorId: "text",
    year: "int",
    target: "numeric",
    targetPerubahan: "numeric",
    perubahanReason: "text",
    targetRenstra: "numeric",
  }),
  narrative: table("Narrative", true, {
    pemdaId: "text",
    laporanId: "text",
    section: "NarrativeSection",
    sasaranId: "text",
    programId: "text",
    kegiatanId: "text",
    body: "text",
  }),
  realisasiIndikator: table("RealisasiIndikator", true, {
    pemdaId: "text",
    indikatorId: "text",
    year: "int",
    period: "ReportPeriod",
    value: "numeric",
    numerator: "numeric",
    denominator: "numeric",
  }),
  rencanaAksiAnggaran: table("RencanaAksiAnggaran", true, {
    pemdaId: "text",
    subKegiatanId: "text",
    period: "ReportPeriod",
    amount: "numeric",
  }),
  rencanaAksiIndikator: table("RencanaAksiIndikator", true, {
    pemdaId: "text",
    indikatorId: "text",
    year: "int",
    period: "ReportPeriod",
    target: "numeric",
  }),
};

/** How a column travels: the array type of its parameter, and the cast of an enum sent as text. */
function sqlOf(type: ColumnType): { array: string; cast: string } {
  if (type === "text" || type === "numeric" || type === "int" || type === "boolean") {
    return { array: type, cast: "" };
  }
  return { array: "text", cast: `::"${type}"` };
}

export type UpdateRow<K extends string> = { id: string; version: number; values: Record<K, unknown> };

/**
 * One UPDATE … FROM unnest(…) of `columns`: every row at the version read in this transaction, its
 * version bumped. A row changed meanwhile matches nothing, and `conflict` is thrown for the whole change.
 */
export async function updateRows<C extends string, K extends C>(
  tx: Tx,
  table: BatchTable<C>,
  columns: readonly K[],
  rows: UpdateRow<K>[],
  options: { conflict: () => AppError },
): Promise<void> {
  if (rows.length === 0) return;
  const sql = columns.map((name) => ({ name, ...sqlOf(table.columns[name]) }));
  const sets = sql.map((c) => `"${c.name}" = v."${c.name}"${c.cast}`);
  sets.push(`"version" = t."version" + 1`);
  if (table.updatedAt) sets.push(`"updatedAt" = now()`);
  const count = await tx.$executeRawUnsafe(
    `UPDATE "${table.name}" AS t SET ${sets.join(", ")} ` +
      `FROM unnest($1::text[], $2::int[], ${sql.map((c, i) => `$${i + 3}::${c.array}[]`).join(", ")}) ` +
      `AS v(id, version, ${sql.map((c) => `"${c.name}"`).join(", ")}) ` +
      `WHERE t."id" = v.id AND t."version" = v.version`,
    rows.map((r) => r.id),
    rows.map((r) => r.version),
    ...columns.map((name) => rows.map((r) => r.values[name] ?? null)),
  );
  if (count !== rows.length) throw options.conflict();
}

export async function deleteRows(tx: Tx, table: BatchTable<string>, ids: string[]): Promise<void> {
  if (ids.length > 0)
    await tx.$executeRawUnsafe(`DELETE FROM "${table.name}" WHERE "id" = ANY($1::text[])`, ids);
}

let idCounter = 0;
/** An id like Prisma's cuid: rows created here are indistinguishable from the forms' rows. */
const newId = () =>
  `c${Date.now().toString(36)}${(idCounter++ % 1679616).toString(36).padStart(4, "0")}${randomBytes(8).toString("hex").slice(0, 12)}`;

/** One INSERT … SELECT FROM unnest(…) of every column of `table`; returns the new ids in the order of `rows`. */
export async function insertRows<C extends string>(
  tx: Tx,
  table: BatchTable<C>,
  rows: Record<C, unknown>[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const ids = rows.map(newId);
  const columns = Object.keys(table.columns) as C[];
  const sql = columns.map((name) => ({ name, ...sqlOf(table.columns[name]) }));
  const names = ["id", ...columns, ...(table.updatedAt ? ["updatedAt"] : [])];
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table.name}" (${names.map((n) => `"${n}"`).join(", ")}) ` +
      `SELECT v.id, ${sql.map((c) => `v."${c.name}"${c.cast}`).join(", ")}${table.updatedAt ? ", now()" : ""} ` +
      `FROM unnest($1::text[], ${sql.map((c, i) => `$${i + 2}::${c.array}[]`).join(", ")}) ` +
      `AS v(id, ${sql.map((c) => `"${c.name}"`).join(", ")})`,
    ids,
    ...columns.map((name) => rows.map((r) => r[name] ?? null)),
  );
  return ids;
}
