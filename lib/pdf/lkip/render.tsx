import path from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import type { LkipDocument } from "@/lib/lkip/document-model";
import { LkipPdfDocument, type PaginationEngine } from "./document";
import { qrMatrix } from "./components/qr";
import { registerLkipFonts } from "./fonts";

/** Pages in a PDF written by pdfkit (its page dictionaries are never compressed). */
export function countPdfPages(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString("latin1")
      .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
  );
}

/**
 * The PDF of an LKIP document. Two passes: the first finds the page of every heading and table, the
 * second prints them in the Daftar Isi and Daftar Tabel (same entries, so the same pages).
 */
export async function renderLkipPdf(
  document: LkipDocument,
  { engine = "classic" }: { engine?: PaginationEngine } = {},
): Promise<{ bytes: Buffer; pageCount: number }> {
  registerLkipFonts();
  const qr = await qrMatrix(document.verification.url);
  const logo = path.join(process.cwd(), "public", "logo-placeholder.png");
  const render = (known: ReadonlyMap<string, number>) => {
    const found = new Map<string, number>();
    const element = (
      <LkipPdfDocument document={document} pages={{ known, found }} qr={qr} logo={logo} engine={engine} />
    );
    return renderToBuffer(element).then((bytes) => ({ bytes, found }));
  };
  const first = await render(new Map());
  const second = await render(first.found);
  return { bytes: second.bytes, pageCount: countPdfPages(second.bytes) };
}
