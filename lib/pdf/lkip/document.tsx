import { Document, Page } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { LkipBlock, LkipDocument } from "@/lib/lkip/document-model";
import { PdfBlocks, type PageNumbers } from "./components/blocks";
import { FixedChrome, layoutChrome } from "./components/chrome";
import type { QrMatrix } from "./components/qr";
import { styles } from "./styles";

/**
 * "layout": react-pdf's pagination engine of 4.7+ (Page `layout`), what the app uses: content is measured
 * once, not relaid out at every page split; "classic": its older default, kept selectable for
 * scripts/bench/pdf-render.ts.
 */
export type PaginationEngine = "layout" | "classic";

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];

type Segment = { key: string; title: string | null; landscape: boolean; blocks: LkipBlock[] };

/** Each chapter starts a page; a wide table gets a landscape page of its own. */
function segmentsOf(document: LkipDocument): Segment[] {
  return document.chapters.flatMap((chapter) => {
    const segments: Segment[] = [];
    for (const block of chapter.blocks) {
      const landscape = block.kind === "table" && !!block.landscape;
      const last = segments[segments.length - 1];
      if (last && last.landscape === landscape && !landscape) last.blocks.push(block);
      else
        segments.push({
          key: `${chapter.id}-${segments.length}`,
          title: segments.length === 0 ? chapter.title : null,
          landscape,
          blocks: [block],
        });
    }
    return segments;
  });
}

export function LkipPdfDocument({
  document,
  pages,
  qr,
  engine,
}: {
  document: LkipDocument;
  pages: PageNumbers;
  qr: QrMatrix;
  engine: PaginationEngine;
}) {
  const layout =
    engine === "layout"
      ? // Called as a function: the engine instantiates the layout's host elements itself.
        ({
          children,
          pageNumber = 1,
          totalPages = 1,
        }: {
          children: ReactNode;
          pageNumber?: number;
          totalPages?: number;
        }) => layoutChrome({ document, qr, pageNumber, totalPages, children })
      : undefined;
  return (
    <Document
      title={document.title}
      author={document.meta.author}
      subject={document.meta.subject}
      keywords={document.meta.keywords}
      creator="SAKIP"
      producer="SAKIP"
      language="id-ID"
    >
      {segmentsOf(document).map((segment) => (
        <Page
          key={segment.key}
          // A4 landscape as explicit dimensions: the layout engine (4.9) sizes orientation="landscape" pages wrongly.
          size={segment.landscape ? A4_LANDSCAPE : "A4"}
          style={engine === "layout" ? [styles.page, styles.pageInLayout] : styles.page}
          layout={layout}
          bookmark={segment.title ? { title: segment.title, fit: true } : undefined}
          wrap
        >
          {engine === "classic" && <FixedChrome document={document} qr={qr} />}
          <PdfBlocks blocks={segment.blocks} document={document} pages={pages} qr={qr} />
        </Page>
      ))}
    </Document>
  );
}
