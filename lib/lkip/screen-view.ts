import { pageOfList, type PageInfo } from "@/lib/views/page-of-tree";
import type { LkipChapter, LkipDocument, LkipTable } from "./document-model";

/** Up to this many table rows in the whole report, the screen shows it whole, as the PDF prints it. */
export const LKIP_WHOLE_SCREEN_ROWS = 2000;
/** A larger report is shown one chapter at a time, its tables this many rows a page. */
export const LKIP_TABLE_ROWS_PER_PAGE = 200;

export type LkipScreenRequest = { bab?: string; tabel?: string; halaman: number };

/**
 * What the LKIP page shows of the document: a report of a small OPD whole (chapterId null); a large one's
 * chapter `bab` (default: the first) with each table a page of rows (`tabel`'s page `halaman`, the others
 * their first). `tablePages`: the tables cut into pages.
 */
export type LkipScreenView = {
  chapterId: string | null;
  chapters: LkipChapter[];
  tablePages: Map<string, PageInfo>;
  /** The chapter each heading, table, chart and picture stands in (for links to them). */
  chapterOf: Map<string, string>;
};

const tableRows = (chapter: LkipChapter) =>
  chapter.blocks.reduce((n, block) => n + (block.kind === "table" ? block.rows.length : 0), 0);

export function viewLkipScreen(document: LkipDocument, request: LkipScreenRequest): LkipScreenView {
  const chapterOf = new Map(
    document.chapters.flatMap((chapter) =>
      chapter.blocks.flatMap((block) => ("id" in block ? [[block.id, chapter.id] as const] : [])),
    ),
  );
  const whole = document.chapters.reduce((n, chapter) => n + tableRows(chapter), 0) <= LKIP_WHOLE_SCREEN_ROWS;
  if (whole) return { chapterId: null, chapters: document.chapters, tablePages: new Map(), chapterOf };
  const chapter = document.chapters.find((c) => c.id === request.bab) ?? document.chapters[0];
  if (!chapter) return { chapterId: null, chapters: [], tablePages: new Map(), chapterOf };
  const tablePages = new Map<string, PageInfo>();
  const blocks = chapter.blocks.map((block) => {
    if (block.kind !== "table" || block.rows.length <= LKIP_TABLE_ROWS_PER_PAGE) return block;
    const page = pageOfList(
      block.rows,
      block.id === request.tabel ? request.halaman : 1,
      LKIP_TABLE_ROWS_PER_PAGE,
    );
    tablePages.set(block.id, page.info);
    return { ...block, rows: page.items } satisfies LkipTable;
  });
  return { chapterId: chapter.id, chapters: [{ ...chapter, blocks }], tablePages, chapterOf };
}
