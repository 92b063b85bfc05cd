import { findingCodeLabel, findingSeverityLabel } from "@/lib/calc/finding";
import { describeSerapan } from "@/lib/calc/serapan";
import { formatDateLong, formatDateTime, formatRupiah } from "@/lib/format";
import type { PerjanjianKinerjaDocument } from "@/lib/pk/assemble-perjanjian-kinerja";
import {
  perjanjianKinerjaTables,
  placeOf,
  pkParties,
  pkWording,
  type PkTable,
} from "@/lib/pk/perjanjian-kinerja-text";
import type { LkipBlock, LkipChapter, LkipColumn } from "../document-model";
import type { LkipInput } from "../lkip-input";
import { col, heading, narrativeBlocks, paragraph, table, type ChapterContext } from "./blocks";
import { headSignature, narrativeOf } from "./front";
import { capaianText, ikuYears, predikatOf } from "./iku";

/** BAB IV Penutup: a generated conclusion from the totals, then the narrative. */
export function babPenutup(input: LkipInput, context: ChapterContext): LkipChapter {
  const { rollup, settings } = input.evaluation;
  const iku = input.renstra.tujuan
    .flatMap((t) => t.sasaran.flatMap((s) => s.iku))
    .map((i) => {
      const year = ikuYears(i, settings).find((y) => y.year === input.year);
      return `IKU "${i.name}" tercapai ${capaianText(year)}${predikatOf(year) ? ` (${predikatOf(year)})` : ""}`;
    });
  return {
    id: "bab-4",
    title: "BAB IV PENUTUP",
    kind: "BODY",
    blocks: [
      heading("bab-4", 1, "BAB IV PENUTUP"),
      heading("bab-4-1", 2, "4.1 Kesimpulan"),
      paragraph(
        `Pada tahun ${input.year} ${input.opd.name} ` +
          (iku.length > 0 ? `mencatat capaian kinerja sebagai berikut: ${iku.join("; ")}. ` : "") +
          `Pagu anggaran ${formatRupiah(rollup.pagu)} direalisasikan ` +
          `${rollup.realisasi.status === "KNOWN" ? formatRupiah(rollup.realisasi.value) : "dengan nilai yang tidak diketahui"}, ` +
          `atau serapan ${describeSerapan(rollup.serapan)}.`,
      ),
      ...narrativeBlocks({
        context,
        title: "Kesimpulan",
        body: narrativeOf(input, "KESIMPULAN"),
        missing: "",
      }),
      heading("bab-4-2", 2, "4.2 Rekomendasi"),
      ...narrativeBlocks({
        context,
        title: "Rekomendasi",
        body: narrativeOf(input, "REKOMENDASI"),
        missing: "Rekomendasi belum ditulis.",
      }),
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

/** Lampiran I as the Perjanjian Kinerja page prints it: the same document, wording and lines. */
function perjanjianKinerjaBlocks(
  input: LkipInput,
  pk: PerjanjianKinerjaDocument,
  context: ChapterContext,
): LkipBlock[] {
  const { record } = pk;
  const parties = pkParties(record);
  const tables = perjanjianKinerjaTables(pk);
  const party = (lines: [string, string][]) => lines.map(([label, value]) => `${label}: ${value}`).join("; ");
  return [
    paragraph(pkWording.opening),
    paragraph(`${party(parties.pertama)}, ${pkWording.pihakPertama}`),
    paragraph(`${party(parties.kedua)}, ${pkWording.pihakKedua}`),
    heading("lampiran-1-sasaran", 3, tables.sasaran.title),
    pkTable(tables.sasaran, "tabel-pk-sasaran", context),
    heading("lampiran-1-program", 3, tables.programs.title),
    pkTable(tables.programs, "tabel-pk-program", context),
    {
      kind: "signatures",
      signatures: [
        {
          role: "Pihak Kedua",
          title: record.counterpartTitle,
          name: record.counterpartName ?? "( .................................... )",
        },
        {
          ...headSignature(input, record.signedAt ?? input.verification.generatedAt),
          role: "Pihak Pertama",
          place: placeOf(pk.pemdaName),
          date: record.signedAt ? formatDateLong(record.signedAt) : `(${pkWording.unsigned.toLowerCase()})`,
        },
      ],
    },
  ];
}

/** Lampiran I: the Perjanjian Kinerja document; Lampiran II: the findings still open at generation. */
export function lampiran(input: LkipInput, context: ChapterContext): LkipChapter {
  const { findings } = input.evaluation;
  const pk = input.perjanjianKinerja;
  return {
    id: "lampiran",
    title: "LAMPIRAN",
    kind: "BODY",
    blocks: [
      heading("lampiran", 1, "LAMPIRAN"),
      heading("lampiran-1", 2, `Lampiran I. Perjanjian Kinerja Tahun ${input.year}`),
      ...(pk
        ? perjanjianKinerjaBlocks(input, pk, context)
        : [paragraph(`Perjanjian Kinerja tahun ${input.year} belum dicatat dalam sistem.`)]),
      heading("lampiran-2", 2, "Lampiran II. Hasil Pemeriksaan Data"),
      paragraph(
        `Temuan pemeriksaan integritas data yang masih terbuka saat dokumen ini dibuat ` +
          `(${formatDateTime(input.verification.generatedAt)} WIB): ${findings.length} temuan.`,
      ),
      {
        kind: "findings",
        empty: "Tidak ada temuan: semua angka saling cocok.",
        items: findings.map((f) => ({
          severity: findingSeverityLabel[f.severity],
          kind: findingCodeLabel[f.code],
          where: [
            f.location.code,
            f.location.name,
            f.location.indicator ? `indikator "${f.location.indicator.name}"` : "",
          ]
            .filter(Boolean)
            .join(" "),
          message: f.message,
        })),
      },
      ...(input.finalNote
        ? [heading("lampiran-alasan", 3, "Alasan penetapan final"), paragraph(input.finalNote)]
        : []),
      heading("verifikasi", 2, "Verifikasi Dokumen"),
      { kind: "verification" },
    ],
  };
}
