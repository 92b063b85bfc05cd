import "server-only";
import { db } from "../db";
import type { FileStore } from "./file-store";

/** The file store in PostgreSQL: one `StoredFile` row per file, keyed by its id and scoped by pemdaId. */
export const postgresFileStore: FileStore = {
  async put(tx, pemdaId, bytes) {
    const row = await tx.storedFile.create({
      data: { pemdaId, bytes: new Uint8Array(bytes) },
      select: { id: true },
    });
    return row.id;
  },
  async get(pemdaId, key) {
    const row = await db.storedFile.findFirst({ where: { id: key, pemdaId }, select: { bytes: true } });
    return row ? new Uint8Array(row.bytes) : null;
  },
  async getMany(pemdaId, keys) {
    if (keys.length === 0) return new Map();
    const rows = await db.storedFile.findMany({
      where: { pemdaId, id: { in: [...keys] } },
      select: { id: true, bytes: true },
    });
    return new Map(rows.map((row) => [row.id, new Uint8Array(row.bytes)]));
  },
  async delete(tx, pemdaId, key) {
    await tx.storedFile.deleteMany({ where: { id: key, pemdaId } });
  },
};
