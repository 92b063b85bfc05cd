import Decimal from "decimal.js";
import type { BudgetNodeResult } from "@/lib/calc/budget";
import { describeSerapan } from "@/lib/calc/serapan";
import { fillFigureTokens, type NarrativeFigures } from "@/lib/calc/figure-tokens";
import { formatNumber } from "@/lib/format";
import type { NarrativeSectionValue } from "@/lib/inputs/narrative";
import { renderNarrative } from "@/lib/narrative/render-narrative";
import type { LkipBlock, LkipColumn, LkipImageBlock, LkipRow, LkipTable } from "../document-model";
import { draftNarrative } from "../drafts";
import type { LkipImage, LkipInput } from "../lkip-input";

/** What every chapter builder shares: the figures for tokens, the table and figure counters. */
export type ChapterContext = {
  figures: NarrativeFigures;
  /** "Tabel 2.1", "Grafik 3.1", "Gambar 1.1" … numbered per chapter and kind in order of appearance. */
  nextTable: (chapter: string) => string;
};

export function createTableCounter(): ChapterContext["nextTable"] {
  const counts = new Map<string, number>();
  return (chapter) => {
    const n = (counts.get(chapter) ?? 0) + 1;
    counts.set(chapter, n);
    return `${chapter}.${n}`;
  };
}

export const money = (d: Decimal) => formatNumber(d, 0);

/** The "%" cell of a budget line. */
export const serapanCell = (node: Pick<BudgetNodeResult, "serapan">) => describeSerapan(node.serapan);

export const realisasiCell = (node: Pick<BudgetNodeResult, "realisasi">) =>
  node.realisasi.status === "KNOWN" ? money(node.realisasi.value) : "tidak diketahui";

export const col = (header: string, width: number, align: LkipColumn["align"] = "left"): LkipColumn => ({
  header,
  width,
  align,
});

export function table(args: Omit<LkipTable, "kind">): LkipTable {
  return { kind: "table", ...args };
}

export const heading = (id: string, level: 1 | 2 | 3, text: string): LkipBlock => ({
  kind: "heading",
  id,
  level,
  text,
});

export const paragraph = (text: string): LkipBlock => ({ kind: "paragraph", text });

export const image = (
  id: string,
  picture: LkipImage,
  number: string | null,
  caption = picture.caption,
): LkipImageBlock => ({ kind: "image", id, number, caption, image: picture });

export { titled } from "../titled";

/** The stored text of a section (of one owner), else the system's draft, else nothing. */
export function sectionText(
  input: LkipInput,
  section: NarrativeSectionValue,
  owner: { sasaranId?: string; programId?: string; kegiatanId?: string } = {},
): string | null {
  const stored = input.narratives.find(
    (n) =>
      n.section === section &&
      n.sasaranId === (owner.sasaranId ?? null) &&
      n.programId === (owner.programId ?? null) &&
      n.kegiatanId === (owner.kegiatanId ?? null),
  )?.body;
  if (stored?.trim()) return stored;
  return draftNarrative(input, section, owner.sasaranId ?? owner.programId ?? owner.kegiatanId ?? null);
}

/** A section's text with its tokens filled in; no block at all when it has neither text nor draft. */
export function narrativeBlocks(
  input: LkipInput,
  context: ChapterContext,
  section: NarrativeSectionValue,
  owner: Parameters<typeof sectionText>[2] = {},
): LkipBlock[] {
  const body = sectionText(input, section, owner);
  if (!body) return [];
  const blocks = renderNarrative(fillFigureTokens(body, context.figures.tokens).text);
  return blocks.length > 0 ? [{ kind: "narrative", blocks }] : [];
}

/** A section of a chapter: its title and content; an empty one is left out and the rest renumbered. */
export type Section = { id: string; title: string; blocks: LkipBlock[] };

/** "1.1 Latar Belakang", "1.2 …": the sections that have content, numbered in order. */
export function numberedSections(prefix: string, sections: readonly Section[]): LkipBlock[] {
  return sections
    .filter((section) => section.blocks.length > 0)
    .flatMap((section, index) => [
      heading(section.id, 2, `${prefix}.${index + 1} ${section.title}`),
      ...section.blocks,
    ]);
}

/** Sub-sections (level 3) of a section: those with content, under their own title. */
export function subSections(sections: readonly Section[]): LkipBlock[] {
  return sections
    .filter((section) => section.blocks.length > 0)
    .flatMap((section) => [heading(section.id, 3, section.title), ...section.blocks]);
}

/** A budget line; lines above `leafDepth` that have children are printed bold as parents. */
export const budgetRow = (
  node: BudgetNodeResult,
  depth: number,
  cells: string[],
  leafDepth = 2,
): LkipRow => ({
  cells,
  depth,
  style: node.children.length > 0 && depth < leafDepth ? "parent" : undefined,
});
