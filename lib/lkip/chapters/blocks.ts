import type Decimal from "decimal.js";
import type { BudgetNodeResult } from "@/lib/calc/budget";
import type { Finding } from "@/lib/calc/finding";
import { describeSerapan } from "@/lib/calc/serapan";
import { formatNumber } from "@/lib/format";
import { fillFigureTokens, type NarrativeFigures } from "@/lib/calc/figure-tokens";
import { renderNarrative } from "@/lib/narrative/render-narrative";
import type { LkipBlock, LkipColumn, LkipRow, LkipTable } from "../document-model";

/** What every chapter builder shares: the figures for tokens, the narrative findings, the table counter. */
export type ChapterContext = {
  figures: NarrativeFigures;
  findings: readonly Finding[];
  /** "Tabel 2.1", "Tabel 2.2" … numbered per chapter in order of appearance. */
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
export const serapanCell = (node: BudgetNodeResult) => describeSerapan(node.serapan);

export const realisasiCell = (node: BudgetNodeResult) =>
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

/**
 * A narrative section with its tokens filled in, followed by a note for every typed figure the checks
 * found contradicting the data: the report never prints such a contradiction silently.
 */
export function narrativeBlocks({
  context,
  title,
  body,
  missing,
}: {
  context: ChapterContext;
  title: string;
  body: string | undefined;
  missing: string;
}): LkipBlock[] {
  const text = fillFigureTokens(body ?? "", context.figures.tokens).text;
  const notes = context.findings
    .filter((f) => f.code === "NARASI_ANGKA_TIDAK_COCOK" && f.location.name === `Narasi ${title}`)
    .map((f): LkipBlock => ({ kind: "note", text: `Catatan pemeriksaan: ${f.message}.` }));
  return [{ kind: "narrative", blocks: renderNarrative(text), missing }, ...notes];
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
