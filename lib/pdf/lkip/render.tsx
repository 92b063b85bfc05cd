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

/** The PDF of an LKIP document, in one pass (the Daftar Isi reads the pages as they are found). */
export async function renderLkipPdf(
  document: LkipDocument,
  { engine = "layout" }: { engine?: PaginationEngine } = {},
): Promise<{ bytes: Buffer; pageCount: number }> {
  registerLkipFonts();
  const qr = await qrMatrix(document.verification.url);
  const bytes = await renderToBuffer(
    <LkipPdfDocument document={document} pages={new Map()} qr={qr} engine={engine} />,
  );
  return { bytes, pageCount: countPdfPages(bytes) };
}
