import type { NarrativeBlock } from "@/lib/narrative/render-narrative";
import type { LkipImage } from "./lkip-input";

/**
 * The LKIP as a plain document: chapters of blocks, every figure already computed and formatted. The
 * screen (/opd/<slug>/<tahun>/lkip) and the PDF render this one model, so both show the same data in
 * the same order.
 */
export type LkipDocument = {
  title: string;
  /** PDF metadata and running header. */
  meta: { author: string; subject: string; keywords: string; runningHeader: string };
  status: "DRAF" | "FINAL";
  verification: LkipVerification;
  chapters: LkipChapter[];
};

export type LkipVerification = {
  /** The code printed in the PDF; null before FINAL (the PDF then says "draf"). */
  code: string | null;
  /** Absolute address of /verifikasi/<code> (or /verifikasi/draf). */
  url: string;
  revision: number | null;
  generatedAt: string;
  generatedBy: string | null;
};

export type LkipChapter = {
  /** Anchor on screen, bookmark in the PDF. */
  id: string;
  /** As printed in the Daftar Isi ("BAB I PENDAHULUAN"). */
  title: string;
  /** COVER has its own layout; the rest flow. */
  kind: "COVER" | "FRONT" | "BODY";
  blocks: LkipBlock[];
};

export type LkipCell = string;

export type LkipColumn = {
  header: string;
  align: "left" | "right" | "center";
  /** relative width */ width: number;
};

export type LkipRow = {
  cells: LkipCell[];
  /** Indentation of the first text column (program 0, kegiatan 1, sub kegiatan 2, rekening 3). */
  depth?: number;
  /** Parent lines are bold; a group row spans the whole table. */
  style?: "parent" | "group";
};

export type LkipTable = {
  kind: "table";
  id: string;
  /** "Tabel 3.6" */
  number: string;
  title: string;
  columns: LkipColumn[];
  rows: LkipRow[];
  /** The total line: always the sum of the rows it totals, computed from the leaves. */
  total?: LkipRow;
  /** The column whose text is indented by row depth (default 0). */
  indent?: number;
  /** Wide tables are printed on a landscape page. */
  landscape?: boolean;
  note?: string;
};

export type LkipChart = {
  kind: "chart";
  id: string;
  number: string;
  title: string;
  unit: string;
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
};

export type LkipSignature = {
  place?: string;
  date?: string;
  /** "Kepala Dinas Sosial Kabupaten Serang" */
  title: string;
  name: string;
  rank?: string;
  nip?: string;
  /** "Pihak Pertama" */
  role?: string;
};

/** An uploaded picture (struktur organisasi, documentation photo, attachment) with its caption. */
export type LkipImageBlock = {
  kind: "image";
  id: string;
  /** "Gambar 1.1" when the Daftar Tabel lists it; documentation photos are not numbered. */
  number: string | null;
  caption: string;
  image: LkipImage;
};

export type LkipBlock =
  | { kind: "heading"; id: string; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string; align?: "left" | "center" }
  /** A narrative section with its tokens filled in (a section without text is no block at all). */
  | { kind: "narrative"; blocks: NarrativeBlock[] }
  | LkipTable
  | LkipChart
  | LkipImageBlock
  | { kind: "signatures"; signatures: LkipSignature[] }
  | { kind: "contents" }
  | { kind: "tableList" }
  | { kind: "cover"; lines: string[]; subtitle: string[]; logo: LkipImage | null }
  | { kind: "verification" };

/** The Daftar Isi: every heading of level 1 and 2 outside the cover. */
export function listHeadings(document: LkipDocument): { id: string; level: 1 | 2 | 3; text: string }[] {
  return document.chapters.flatMap((chapter) =>
    chapter.blocks.flatMap((block) => (block.kind === "heading" && block.level <= 2 ? [block] : [])),
  );
}

export type LkipListedBlock = LkipTable | LkipChart | (LkipImageBlock & { number: string });

/** The Daftar Tabel: every table, chart and numbered picture. */
export function listTables(document: LkipDocument): LkipListedBlock[] {
  return document.chapters.flatMap((chapter) =>
    chapter.blocks.flatMap((block): LkipListedBlock[] =>
      block.kind === "table" || block.kind === "chart"
        ? [block]
        : block.kind === "image" && block.number !== null
          ? [{ ...block, number: block.number }]
          : [],
    ),
  );
}

/** "Tabel 3.1 Capaian …": how the Daftar Tabel names a table, chart or picture. */
export const tableListTitle = (entry: LkipListedBlock) =>
  `${entry.number} ${entry.kind === "image" ? entry.caption : entry.title}`;
