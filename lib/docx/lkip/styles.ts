import { AlignmentType, type IStylesOptions, LevelFormat, type NumberingDefinition } from "docx";

/** Arial: on every office machine, metric-compatible Liberation Sans in LibreOffice, and measured by docx's page layout. */
export const FONT = "Arial";

export const colors = {
  ink: "0F172A",
  muted: "475569",
  rule: "94A3B8",
  head: "E2E8F0",
  parent: "F1F5F9",
  accent: "065F46",
  noteRule: "B45309",
  noteFill: "FFFBEB",
};

/** Half-points, as Word counts font sizes. */
export const size = { body: 20, table: 15, small: 15, title: 18 };

/** A4 in twips, with margins of 2 cm left and right. */
export const page = {
  width: 11906,
  height: 16838,
  margin: { top: 1300, bottom: 1300, left: 1134, right: 1134 },
};
export const textWidth = (landscape: boolean) =>
  (landscape ? page.height : page.width) - page.margin.left - page.margin.right;

/** Word's own heading styles (Heading1…3), restyled: the navigation pane and the table of contents use them. */
export const documentStyles: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: size.body, color: colors.ink } },
    heading1: {
      run: { font: FONT, size: 30, bold: true, color: colors.accent },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 280 },
        keepNext: true,
        outlineLevel: 0,
      },
    },
    heading2: {
      run: { font: FONT, size: 23, bold: true, color: colors.ink },
      paragraph: { spacing: { before: 200, after: 120 }, keepNext: true, outlineLevel: 1 },
    },
    heading3: {
      run: { font: FONT, size: 20, bold: true, color: colors.ink },
      paragraph: { spacing: { before: 160, after: 80 }, keepNext: true, outlineLevel: 2 },
    },
  },
};

/** A bullet list, and a numbered list per starting number (a narrative list may continue at 3). */
export const bulletList: NumberingDefinition = {
  reference: "lkip-bullets",
  levels: [
    {
      level: 0,
      format: LevelFormat.BULLET,
      text: "•",
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 360, hanging: 300 } } },
    },
  ],
};

export const numberedList = (start: number): NumberingDefinition => ({
  reference: `lkip-numbered-${start}`,
  levels: [
    {
      level: 0,
      format: LevelFormat.DECIMAL,
      text: "%1.",
      start,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 360, hanging: 360 } } },
    },
  ],
});
