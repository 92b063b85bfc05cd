/**
 * `Content-Disposition: attachment` under a file's own name: a plain-ASCII `filename` for old clients and
 * the exact name as RFC 5987 `filename*` (UTF-8, percent-encoded), which every current browser prefers.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
