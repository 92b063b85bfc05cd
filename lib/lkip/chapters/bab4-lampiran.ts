import { formatDateLong } from "@/lib/format";
import type { PerjanjianKinerjaDocument } from "@/lib/pk/assemble-perjanjian-kinerja";
import {
  perjanjianKinerjaTables,
  pkRevisionNotes,
  placeOf,
  pkParties,
  pkWording,
  type PkTable,
} from "@/lib/pk/perjanjian-kinerja-text";
import type { LkipBlock, LkipChapter, LkipColumn } from "../document-model";
import type { LkipInput } from "../lkip-input";
import { pihakKedua } from "./bab2";
import {
  col,
  heading,
  image,
  narrativeBlocks,
  numberedSections,
  paragraph,
  table,
  type ChapterContext,
} from "./blocks";
import { headSignature } from "./front";

/** BAB IV Penutup: kesimpulan (its text, else the draft from the figures) and rekomendasi. */
export function babPenutup(input: LkipInput, context: ChapterContext): LkipChapter {
  return {
    id: "bab-4",
    title: "BAB IV PENUTUP",
    kind: "BODY",
    blocks: [
      heading("bab-4", 1, "BAB IV PENUTUP"),
      ...numberedSections("4", [
        { id: "bab-4-1", title: "Kesimpulan", blocks: narrativeBlocks(input, context, "KESIMPULAN") },
        { id: "bab-4-2", title: "Rekomendasi", blocks: narrativeBlocks(input, context, "REKOMENDASI") },
      ]),
    ],
  };
}

/** Column layout of the two Perjanjian Kinerja tables in the report; the headers are lib/pk's. */
const pkWidths = [
  [0.8, "center"],
  [4.6, "left"],
  [4.6, "left"],
  [2.6, "left"],
  [2.4, "right"],
] as const;

/** A table of the Perjanjian Kinerja, line for line as its page prints it (spanned cells printed once). */
function pkTable(printed: PkTable, id: string, context: ChapterContext): LkipBlock {
  const columns: LkipColumn[] = printed.columns.map((header, i) => {
    const [width, align] = pkWidths[i]!;
    return col(header, width, align);
  });
  const { total } = printed;
  return table({
    id,
    number: context.nextTable("Tabel L"),
    title: printed.title,
    columns,
    rows:
      printed.lines.length === 0
        ? [{ cells: columns.map((_, i) => (i === 1 ? printed.empty : "")) }]
        : printed.lines.map((line) => ({
            cells: [
              line.span > 0 ? line.number : "",
              line.span > 0 ? [line.owner, line.ownerNote].filter(Boolean).join("\n") : "",
              line.indicator,
              line.target.join("\n"),
              ...(total ? [line.span > 0 ? (line.pagu ?? "") : ""] : []),
            ],
          })),
    total: total
      ? { cells: columns.map((_, i) => (i === 1 ? total.label : i === columns.length - 1 ? total.pagu : "")) }
      : undefined,
  });
}

/** The Perjanjian Kinerja as its page prints it: the same document, wording and lines. */
function perjanjianKinerjaBlocks(
  input: LkipInput,
  pk: PerjanjianKinerjaDocument,
  context: ChapterContext,
): LkipBlock[] {
  const { record } = pk;
  const kedua = pihakKedua(input);
  const parties = pkParties({
    ...record,
    counterpartTitle: kedua.title,
    counterpartName: record.counterpartName ?? input.pemda.head.name,
  });
  const tables = perjanjianKinerjaTables(pk);
  const party = (lines: [string, string][]) => lines.map(([label, value]) => `${label}: ${value}`).join("; ");
  return [
    paragraph(pkWording.opening),
    paragraph(`${party(parties.pertama)}, ${pkWording.pihakPertama}`),
    paragraph(`${party(parties.kedua)}, ${pkWording.pihakKedua}`),
    heading("lampiran-pk-sasaran", 3, tables.sasaran.title),
    pkTable(tables.sasaran, "tabel-pk-sasaran", context),
    heading("lampiran-pk-program", 3, tables.programs.title),
    pkTable(tables.programs, "tabel-pk-program", context),
    ...pkRevisionNotes(pk.revisionDocuments).map((note) => paragraph(note)),
    {
      kind: "signatures",
      signatures: [
        { role: "Pihak Kedua", title: kedua.title, name: kedua.name },
        {
          ...headSignature(input),
          role: "Pihak Pertama",
          place: placeOf(pk.pemdaName),
          date: record.signedAt ? formatDateLong(record.signedAt) : "......................",
        },
      ],
    },
  ];
}

/**
 * The Lampiran: the Perjanjian Kinerja, prestasi and penghargaan, the OPD's own attachments (each
 * numbered only when present), then the verification of the document. The internal findings are not
 * part of it (they go to the review sheet); a FINAL made over open findings prints the reason given.
 */
export function lampiran(input: LkipInput, context: ChapterContext): LkipChapter {
  const pk = input.perjanjianKinerja;
  const prestasi = narrativeBlocks(input, context, "PRESTASI");
  const parts = [
    ...(pk
      ? [
          {
            id: "lampiran-pk",
            title: `Perjanjian Kinerja Tahun ${input.year}`,
            blocks: perjanjianKinerjaBlocks(input, pk, context),
          },
        ]
      : []),
    ...(prestasi.length > 0
      ? [{ id: "lampiran-prestasi", title: "Prestasi dan Penghargaan", blocks: prestasi }]
      : []),
    ...(input.lampiran.length > 0
      ? [
          {
            id: "lampiran-dokumen",
            title: "Dokumen Pendukung",
            blocks: input.lampiran.map((attachment, i) =>
              image(`lampiran-dokumen-${i + 1}`, attachment, null),
            ),
          },
        ]
      : []),
  ];
  const roman = ["I", "II", "III", "IV", "V"];
  return {
    id: "lampiran",
    title: "LAMPIRAN",
    kind: "BODY",
    blocks: [
      heading("lampiran", 1, "LAMPIRAN"),
      ...parts.flatMap((part, i) => [
        heading(part.id, 2, `Lampiran ${roman[i]}. ${part.title}`),
        ...part.blocks,
      ]),
      heading("verifikasi", 2, "Verifikasi Dokumen"),
      ...(input.finalNote
        ? [heading("alasan-final", 3, "Alasan penetapan final"), paragraph(input.finalNote)]
        : []),
      { kind: "verification" },
    ],
  };
}
