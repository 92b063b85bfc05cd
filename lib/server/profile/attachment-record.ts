import "server-only";

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
