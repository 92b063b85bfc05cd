import "server-only";
import { createHash } from "node:crypto";

/** The digest stored with an image: its ETag, and what the audit trail records. */
export const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** What the audit trail keeps of an image: what it is and its digest, never its bytes. */
export const attachmentAudit = (row: {
  kind: string;
  ownerCode: string;
  caption: string;
  mimeType: string;
  sha256: string;
  size: number;
}) => ({
  kind: row.kind,
  ownerCode: row.ownerCode,
  caption: row.caption,
  mimeType: row.mimeType,
  sha256: row.sha256,
  size: row.size,
});
