import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { LkipRow, LkipTable } from "@/lib/lkip/document-model";
import { colors, size, textWidth } from "./styles";

const alignment = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
} as const;
const rule = { style: BorderStyle.SINGLE, size: 4, color: colors.rule };
const borders = {
  top: rule,
  bottom: rule,
  left: rule,
  right: rule,
  insideHorizontal: rule,
  insideVertical: rule,
};

type RowKind = "head" | "body" | "total";

function row(table: LkipTable, data: LkipRow, kind: RowKind, keepNext = false): TableRow {
  const fill = kind === "body" ? (data.style ? colors.parent : undefined) : colors.head;
  const bold = kind !== "body" || !!data.style;
  const cell = (text: string, align: keyof typeof alignment, indent: number, columnSpan?: number) =>
    new TableCell({
      columnSpan,
      margins: { top: 30, bottom: 30, left: 60, right: 60 },
      shading: fill ? { type: ShadingType.CLEAR, fill, color: "auto" } : undefined,
      children: [
        new Paragraph({
          alignment: alignment[kind === "head" ? "center" : align],
          keepNext,
          indent: indent ? { left: indent } : undefined,
          children: [new TextRun({ text, size: size.table, bold })],
        }),
      ],
    });
  return new TableRow({
    // Word repeats the header rows at the top of every page the table runs onto.
    tableHeader: kind === "head",
    cantSplit: true,
    children:
      data.style === "group"
        ? [cell(data.cells[0] ?? "", "left", 0, table.columns.length)]
        : table.columns.map((column, index) =>
            cell(
              data.cells[index] ?? "",
              column.align,
              index === (table.indent ?? 0) && data.depth ? data.depth * 140 : 0,
            ),
          ),
  });
}

/** A table as Word's: fixed relative column widths, the header repeated on each page, rows never split. */
export function docxTable(table: LkipTable): Table {
  const width = textWidth(!!table.landscape);
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: table.columns.map((c) => Math.round((c.width / total) * width)),
    layout: TableLayoutType.FIXED,
    borders,
    rows: [
      row(table, { cells: table.columns.map((c) => c.header) }, "head"),
      // The last row travels with the total, so no page starts with a lone total.
      ...table.rows.map((r, i) => row(table, r, "body", !!table.total && i === table.rows.length - 1)),
      ...(table.total ? [row(table, table.total, "total")] : []),
    ],
  });
}
