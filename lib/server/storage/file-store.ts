import "server-only";
import type { Tx } from "../db";
import { postgresFileStore } from "./postgres-file-store";

/**
 * Where the bytes of uploaded files live, by key, per Pemda; what a file is (name, type, size, SHA-256,
 * what it belongs to) stays in `Attachment`. Every upload, download and deletion goes through this, so an
 * S3-compatible store can replace PostgreSQL without touching a use case (docs/scaling.md §5).
 */
export interface FileStore {
  /** Stores the bytes under a new key; inside the caller's transaction, so a refused upload leaves nothing. */
  put(tx: Tx, pemdaId: string, bytes: Uint8Array): Promise<string>;
  get(pemdaId: string, key: string): Promise<Uint8Array | null>;
  getMany(pemdaId: string, keys: readonly string[]): Promise<Map<string, Uint8Array>>;
  /** Removes the bytes with the caller's transaction (after the Attachment row that names them). */
  delete(tx: Tx, pemdaId: string, key: string): Promise<void>;
}

export const fileStore: FileStore = postgresFileStore;
