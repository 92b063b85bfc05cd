import "server-only";

/** What the audit trail keeps of a bukti dukung: what it is, where it belongs and its digest, never its bytes. */
export const buktiAudit = (row: {
  fileName: string;
  caption: string;
  mimeType: string;
  size: number;
  sha256: string;
}) => ({
  fileName: row.fileName,
  supports: row.caption,
  mimeType: row.mimeType,
  size: row.size,
  sha256: row.sha256,
});
