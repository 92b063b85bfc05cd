import { Document, type ISectionOptions, Packer, PageOrientation } from "docx";
import { estimatePageNumbers } from "docx/layout";
import QRCode from "qrcode";
import type { LkipBlock, LkipDocument } from "@/lib/lkip/document-model";
import { type BlockContext, docxBlock } from "./blocks";
import { copyNotice, pageFooter, pageHeader } from "./chrome";
import { documentStyles, page } from "./styles";

type Segment = { landscape: boolean; blocks: LkipBlock[] };

/** As in the PDF: each chapter starts a page; a wide table gets a landscape section of its own. */
function segmentsOf(document: LkipDocument): Segment[] {
  return document.chapters.flatMap((chapter) => {
    const segments: Segment[] = [];
    for (const block of chapter.blocks) {
      const landscape = block.kind === "table" && !!block.landscape;
      const last = segments[segments.length - 1];
      if (last && !last.landscape && !landscape) last.blocks.push(block);
      else segments.push({ landscape, blocks: [block] });
    }
    return segments;
  });
}

/**
 * The LKIP as an editable Word document: Word's heading styles (navigation pane, table of contents),
 * tables whose header rows repeat, the charts as pictures, page numbers as fields. The page numbers of
 * the Daftar Isi and the Daftar Tabel are laid out by docx and written in, so they show before Word
 * updates the fields.
 */
export async function renderLkipDocx(document: LkipDocument): Promise<Buffer> {
  const bookmarks = new Map<string, string>();
  let lists = 0;
  const context: BlockContext = {
    document,
    qr: await QRCode.toBuffer(document.verification.url, {
      errorCorrectionLevel: "M",
      margin: 1,
      width: 360,
    }),
    bookmark: (id) => {
      if (!bookmarks.has(id)) bookmarks.set(id, `lkip_${bookmarks.size + 1}`);
      return bookmarks.get(id)!;
    },
    nextList: () => ++lists,
    copyNotice: copyNotice(document),
  };
  const sections: ISectionOptions[] = segmentsOf(document).map((segment) => ({
    properties: {
      page: {
        size: {
          width: page.width,
          height: page.height,
          orientation: segment.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...page.margin, header: 560, footer: 480 },
      },
    },
    headers: { default: pageHeader(document, segment.landscape) },
    footers: { default: pageFooter(document) },
    children: segment.blocks.flatMap((block) => docxBlock(block, context)),
  }));
  const file = new Document({
    title: document.title,
    creator: document.meta.author,
    subject: document.meta.subject,
    keywords: document.meta.keywords,
    description: document.meta.runningHeader,
    lastModifiedBy: "SAKIP",
    styles: documentStyles,
    pageNumbers: estimatePageNumbers,
    sections,
  });
  return Packer.toBuffer(file);
}
