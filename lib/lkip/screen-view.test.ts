import { describe, expect, it } from "vitest";
import type { LkipChapter, LkipDocument, LkipTable } from "./document-model";
import { LKIP_TABLE_ROWS_PER_PAGE, LKIP_WHOLE_SCREEN_ROWS, viewLkipScreen } from "./screen-view";

const table = (id: string, rows: number): LkipTable => ({
  kind: "table",
  id,
  number: id,
  title: id,
  columns: [{ header: "No", align: "left", width: 1 }],
  rows: Array.from({ length: rows }, (_, i) => ({ cells: [String(i + 1)] })),
});
const chapter = (id: string, ...tables: LkipTable[]): LkipChapter => ({
  id,
  title: id,
  kind: "BODY",
  blocks: [{ kind: "heading", id: `${id}-judul`, level: 1, text: id }, ...tables],
});
const document = (...chapters: LkipChapter[]) => ({ chapters }) as LkipDocument;
const cells = (t: LkipTable | undefined) => t!.rows.map((row) => row.cells[0]);

describe("viewLkipScreen", () => {
  it("shows a small report whole, every table in full", () => {
    const small = document(chapter("bab-1", table("t1", 50)), chapter("bab-2", table("t2", 300)));
    const view = viewLkipScreen(small, { bab: "bab-2", halaman: 2 });
    expect(view.chapterId).toBeNull();
    expect(view.chapters).toBe(small.chapters);
    expect(view.tablePages.size).toBe(0);
  });

  it("shows a large report's chapter, its long table a page of rows, and knows where each anchor is", () => {
    const rows = LKIP_WHOLE_SCREEN_ROWS + 1;
    const large = document(
      chapter("bab-1", table("t1", 10)),
      chapter("bab-3", table("t2", 50), table("t3", rows)),
    );
    expect(viewLkipScreen(large, { halaman: 1 }).chapterId).toBe("bab-1");

    const view = viewLkipScreen(large, { bab: "bab-3", tabel: "t3", halaman: 2 });
    expect(view.chapters.map((c) => c.id)).toEqual(["bab-3"]);
    const [short, long] = view.chapters[0]!.blocks.filter((b): b is LkipTable => b.kind === "table");
    expect(cells(short)).toHaveLength(50);
    expect(cells(long)).toEqual(
      Array.from({ length: LKIP_TABLE_ROWS_PER_PAGE }, (_, i) => String(LKIP_TABLE_ROWS_PER_PAGE + i + 1)),
    );
    expect(view.tablePages.get("t3")).toMatchObject({ page: 2, total: rows });
    expect(view.tablePages.has("t2")).toBe(false);
    expect(view.chapterOf.get("t1")).toBe("bab-1");
    expect(view.chapterOf.get("bab-3-judul")).toBe("bab-3");
  });
});
