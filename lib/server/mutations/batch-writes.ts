import "server-only";
import { randomBytes } from "node:crypto";
import type { AppError } from "@/lib/errors";
import type { Tx } from "../db";

/**
 * Writes of thousands of rows in one statement each, over arrays (`unnest`): the ORM's createMany and
 * per-row updates are far slower at that size. Used by the quarterly grid and the Excel import.
 */

export type Column = {
  name: string;
  type:
    | "text"
    | "numeric"
    | "int"
    | "boolean"
    | "Polarity"
    | "Calculation"
    | "QuarterAggregation"
    | "IndicatorLevel"
    | "ReportPeriod";
};
export type UpdateRow = { id: string; version: number; values: unknown[] };

/**
 * One UPDATE … FROM unnest(…): every row at the version read in this transaction, its version bumped. A
 * row changed meanwhile matches nothing, and `conflict` is thrown for the whole change.
 */
export async function updateRows(
  tx: Tx,
  table: string,
  columns: Column[],
  rows: UpdateRow[],
  options: { updatedAt: boolean; conflict: () => AppError },
): Promise<void> {
  if (rows.length === 0) return;
  const arrayType = (c: Column) => (c.type === "numeric" || c.type === "int" ? c.type : "text");
  const cast = (c: Column) => (arrayType(c) === "text" && c.type !== "text" ? `::"${c.type}"` : "");
  const sets = columns.map((c) => `"${c.name}" = v."${c.name}"${cast(c)}`);
  sets.push(`"version" = t."version" + 1`);
  if (options.updatedAt) sets.push(`"updatedAt" = now()`);
  const sql =
    `UPDATE "${table}" AS t SET ${sets.join(", ")} ` +
    `FROM unnest($1::text[], $2::int[], ${columns.map((c, i) => `$${i + 3}::${arrayType(c)}[]`).join(", ")}) ` +
    `AS v(id, version, ${columns.map((c) => `"${c.name}"`).join(", ")}) ` +
    `WHERE t."id" = v.id AND t."version" = v.version`;
  const count = await tx.$executeRawUnsafe(
    sql,
    rows.map((r) => r.id),
    rows.map((r) => r.version),
    ...columns.map((_, i) => rows.map((r) => r.values[i] ?? null)),
  );
  if (count !== rows.length) throw options.conflict();
}

export async function deleteRows(tx: Tx, table: string, ids: string[]): Promise<void> {
  if (ids.length > 0) await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "id" = ANY($1::text[])`, ids);
}

let idCounter = 0;
/** An id like Prisma's cuid: rows created here are indistinguishable from the forms' rows. */
const newId = () =>
  `c${Date.now().toString(36)}${(idCounter++ % 1679616).toString(36).padStart(4, "0")}${randomBytes(8).toString("hex").slice(0, 12)}`;

/** One INSERT … SELECT FROM unnest(…); returns the new ids in the order of `rows`. */
export async function insertRows(
  tx: Tx,
  table: string,
  columns: Column[],
  rows: unknown[][],
  options: { updatedAt: boolean },
): Promise<string[]> {
  if (rows.length === 0) return [];
  const ids = rows.map(newId);
  const arrayType = (c: Column) =>
    c.type === "numeric" || c.type === "int" || c.type === "boolean" ? c.type : "text";
  const cast = (c: Column) => (arrayType(c) === "text" && c.type !== "text" ? `::"${c.type}"` : "");
  const names = ["id", ...columns.map((c) => c.name), ...(options.updatedAt ? ["updatedAt"] : [])];
  const sql =
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) ` +
    `SELECT v.id, ${columns.map((c) => `v."${c.name}"${cast(c)}`).join(", ")}${options.updatedAt ? ", now()" : ""} ` +
    `FROM unnest($1::text[], ${columns.map((c, i) => `$${i + 2}::${arrayType(c)}[]`).join(", ")}) ` +
    `AS v(id, ${columns.map((c) => `"${c.name}"`).join(", ")})`;
  await tx.$executeRawUnsafe(sql, ids, ...columns.map((_, i) => rows.map((r) => r[i] ?? null)));
  return ids;
}
