import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  LeaderType,
  PageReference,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import {
  listTables,
  tableListTitle,
  type LkipBlock,
  type LkipDocument,
  type LkipSignature,
} from "@/lib/lkip/document-model";
import type { LkipImage } from "@/lib/lkip/lkip-input";
import type { Line } from "@/lib/narrative/render-narrative";
import { CHART_HEIGHT, CHART_WIDTH, chartPng } from "./chart";
import { imageSize } from "@/lib/inputs/image-size";
import { bulletList, colors, numberedList, size, textWidth } from "./styles";
import { docxTable } from "./table";

/** What rendering a block needs besides the block. */
export type BlockContext = {
  document: LkipDocument;
  /** The verification address as a QR code, PNG. */
  qr: Uint8Array;
  /** The Word bookmark of a table or chart id (Word allows letters, digits and "_" only). */
  bookmark: (id: string) => string;
  /** A new list instance, so every narrative list counts from its own start. */
  nextList: () => number;
  /** The copy notice of a FINAL document, null for a draft. */
  copyNotice: string | null;
};

type Child = Paragraph | Table | TableOfContents;

const heading = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const pointsToPixels = (points: number) => (points * 96) / 72;

const spans = (line: Line) => line.map((span) => new TextRun({ text: span.text, bold: span.bold }));

const none = { style: BorderStyle.NONE, size: 0, color: "auto" };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/** A picture (PNG or JPEG) at a given width in points, its height from its own proportions. */
export function docxImage(
  image: LkipImage,
  { width: widest, maxHeight = Infinity, caption }: { width: number; maxHeight?: number; caption?: string },
): Paragraph[] {
  const pixels = imageSize(image) ?? { width: 1, height: 1 };
  const width = Math.min(widest, (maxHeight * pixels.width) / pixels.height);
  const picture = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: !!caption,
    children: [
      new ImageRun({
        type: image.mimeType === "image/png" ? "png" : "jpg",
        data: image.data,
        transformation: {
          width: pointsToPixels(width),
          height: pointsToPixels((width * pixels.height) / pixels.width),
        },
        altText: { name: image.caption, description: image.caption, title: image.caption },
      }),
    ],
  });
  return caption
    ? [
        picture,
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: caption, italics: true, size: size.table })],
        }),
      ]
    : [picture];
}

/** "Tabel 3.6" over its title, bookmarked for the Daftar Tabel, kept with what follows. */
function caption(context: BlockContext, id: string, number: string, title: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 80 },
    children: [
      new Bookmark({
        id: context.bookmark(id),
        children: [
          new TextRun({ text: number, bold: true, size: size.title }),
          new TextRun({ text: title, bold: true, size: size.title, break: 1 }),
        ],
      }),
    ],
  });
}

function signatures(list: LkipSignature[]): Table {
  const column = (s: LkipSignature | null) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: s
        ? [
            ...(s.role
              ? [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [new TextRun({ text: s.role, bold: true })],
                  }),
                ]
              : []),
            // Every block keeps the place line, empty or not, so the names of side-by-side blocks align.
            new Paragraph({
              alignment: AlignmentType.CENTER,
              text: s.place && s.date ? `${s.place}, ${s.date}` : "",
            }),
            new Paragraph({ alignment: AlignmentType.CENTER, text: s.title, spacing: { after: 1000 } }),
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ text: s.name, bold: true, underline: {} })],
            }),
            ...[s.rank, s.nip].flatMap((line) =>
              line ? [new Paragraph({ alignment: AlignmentType.CENTER, text: line })] : [],
            ),
          ]
        : [new Paragraph("")],
    });
  const cells = list.length === 1 ? [column(null), column(list[0]!)] : list.map(column);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [new TableRow({ cantSplit: true, children: cells })],
  });
}

function tableList(context: BlockContext): Paragraph[] {
  const right = textWidth(false);
  return listTables(context.document).map(
    (t) =>
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: right, leader: LeaderType.DOT }],
        spacing: { after: 60 },
        children: [
          new InternalHyperlink({
            anchor: context.bookmark(t.id),
            children: [new TextRun(tableListTitle(t))],
          }),
          new TextRun({ children: [new Tab()] }),
          new PageReference(context.bookmark(t.id), { hyperlink: true }),
        ],
      }),
  );
}

function cover(block: Extract<LkipBlock, { kind: "cover" }>, context: BlockContext): Paragraph[] {
  const line = (text: string, options: { size: number; bold?: boolean; color?: string; after?: number }) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: options.after ?? 80 },
      children: [new TextRun({ text, size: options.size, bold: options.bold, color: options.color })],
    });
  return [
    new Paragraph({ spacing: { before: 1200 }, text: "" }),
    ...block.lines.map((text) => line(text, { size: 44, bold: true, color: colors.accent })),
    new Paragraph({ spacing: { before: 1000 }, text: "" }),
    // Without an uploaded logo the cover prints none, as the PDF and the screen do.
    ...(block.logo ? docxImage(block.logo, { width: 110 }) : []),
    new Paragraph({ spacing: { before: 1000 }, text: "" }),
    ...block.subtitle.map((text, i) =>
      line(text, i < 2 ? { size: 30, bold: true, after: 120 } : { size: 20, after: 120 }),
    ),
    ...(context.copyNotice ? [notice(context.copyNotice, { before: 800 })] : []),
  ];
}

/** The FINAL copy notice: set apart in a box, on the cover. */
export function notice(text: string, spacing: { before?: number } = {}): Paragraph {
  const border = { style: BorderStyle.SINGLE, size: 8, color: colors.noteRule, space: 4 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing,
    border: { top: border, bottom: border, left: border, right: border },
    shading: { type: ShadingType.CLEAR, fill: colors.noteFill, color: "auto" },
    children: [new TextRun({ text, bold: true, size: size.title })],
  });
}

function verification(context: BlockContext): Table {
  const { document } = context;
  const v = document.verification;
  const lines = [
    new Paragraph({ children: [new TextRun({ text: `Kode verifikasi: ${v.code ?? "draf"}`, bold: true })] }),
    new Paragraph(
      `Status dokumen: ${document.status === "FINAL" ? `FINAL, revisi ${v.revision}` : "DRAFT (belum final, tidak dapat diverifikasi)"}`,
    ),
    new Paragraph(`Dibuat: ${v.generatedAt}${v.generatedBy ? ` oleh ${v.generatedBy}` : ""}`),
    new Paragraph(`Periksa keaslian di ${v.url}`),
    ...(context.copyNotice
      ? [new Paragraph({ children: [new TextRun({ text: context.copyNotice, bold: true })] })]
      : []),
    new Paragraph({
      spacing: { before: 80 },
      children: [
        new TextRun({
          text: "Halaman verifikasi menyebut perangkat daerah, tahun, revisi, waktu penetapan dan sidik SHA-256 berkas PDF; unggah berkas PDF di sana untuk mencocokkan sidiknya.",
          size: size.small,
          color: colors.muted,
        }),
      ],
    }),
  ];
  const qr = new Paragraph({
    children: [
      new ImageRun({
        type: "png",
        data: context.qr,
        transformation: { width: pointsToPixels(90), height: pointsToPixels(90) },
        altText: { name: "QR verifikasi", description: v.url, title: "QR verifikasi" },
      }),
    ],
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    columnWidths: [2000, textWidth(false) - 2000],
    rows: [
      new TableRow({
        cantSplit: true,
        children: [new TableCell({ children: [qr] }), new TableCell({ children: lines })],
      }),
    ],
  });
}

/** One block of the model as Word paragraphs and tables. Every kind is handled: a new kind fails to compile here. */
export function docxBlock(block: LkipBlock, context: BlockContext): Child[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: heading[block.level], text: block.text })];
    case "paragraph":
      return [
        new Paragraph({
          alignment: block.align === "center" ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
          spacing: { after: 120 },
          text: block.text,
        }),
      ];
    case "narrative":
      return block.blocks.flatMap((b) => {
        if (b.kind === "paragraph")
          return [
            new Paragraph({
              alignment: AlignmentType.JUSTIFIED,
              spacing: { after: 120 },
              children: b.lines.flatMap((line, i) =>
                i === 0 ? spans(line) : [new TextRun({ text: "", break: 1 }), ...spans(line)],
              ),
            }),
          ];
        const instance = context.nextList();
        const reference = b.kind === "bullets" ? bulletList : numberedList(b.start);
        return b.items.map(
          (item) =>
            new Paragraph({
              alignment: AlignmentType.JUSTIFIED,
              spacing: { after: 60 },
              numbering: { reference, level: 0, instance },
              children: spans(item),
            }),
        );
      });
    case "table":
      return [
        caption(context, block.id, block.number, block.title),
        docxTable(block),
        ...(block.note
          ? [
              new Paragraph({
                spacing: { before: 60, after: 160 },
                children: [new TextRun({ text: block.note, size: 14, color: colors.muted })],
              }),
            ]
          : [new Paragraph({ spacing: { after: 80 }, text: "" })]),
      ];
    case "chart":
      return [
        caption(context, block.id, block.number, block.title),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 160 },
          children: [
            new ImageRun({
              type: "png",
              data: chartPng(block),
              transformation: { width: pointsToPixels(CHART_WIDTH), height: pointsToPixels(CHART_HEIGHT) },
              altText: { name: block.number, description: block.title, title: block.number },
            }),
          ],
        }),
      ];
    case "image":
      return [
        ...(block.number ? [caption(context, block.id, block.number, block.caption)] : []),
        // The PDF's bounds of a picture: 460 × 300 pt.
        ...docxImage(block.image, {
          width: 460,
          maxHeight: 300,
          caption: block.number ? undefined : block.caption,
        }),
      ];
    case "signatures":
      return [new Paragraph({ spacing: { before: 240 }, text: "" }), signatures(block.signatures)];
    case "contents":
      // Word's own table of contents: the headings of levels 1 and 2, the model's Daftar Isi.
      return [new TableOfContents("Daftar Isi", { hyperlink: true, headingStyleRange: "1-2" })];
    case "tableList":
      return tableList(context);
    case "cover":
      return cover(block, context);
    case "verification":
      return [verification(context)];
  }
}
