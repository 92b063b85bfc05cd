import Decimal from "decimal.js";
import type { LkipBlock, LkipChapter } from "../document-model";
import type { LkipInput, LkipOrganisation } from "../lkip-input";
import {
  col,
  image,
  money,
  narrativeBlocks,
  numberedSections,
  subSections,
  table,
  titled,
  type ChapterContext,
} from "./blocks";

type DayaDukungKind = LkipOrganisation["dayaDukung"][number]["kind"];

const dayaDukungTitle: Record<DayaDukungKind, [string, string]> = {
  STATUS: ["Jumlah Aparatur menurut Status Kepegawaian", "Status"],
  GOLONGAN: ["Jumlah Aparatur menurut Golongan", "Golongan"],
  PENDIDIKAN: ["Jumlah Aparatur menurut Tingkat Pendidikan", "Pendidikan"],
  MITRA_KERJA: ["Jumlah Mitra Kerja", "Mitra Kerja"],
};

/** One daya dukung table (SDM by status, golongan, pendidikan; mitra kerja) with its total. */
function dayaDukungTable(input: LkipInput, kind: DayaDukungKind, context: ChapterContext): LkipBlock[] {
  const rows = input.organisation.dayaDukung.filter((row) => row.kind === kind);
  if (rows.length === 0) return [];
  const [title, header] = dayaDukungTitle[kind];
  const total = rows.reduce((sum, row) => sum + row.jumlah, 0);
  return [
    table({
      id: `tabel-daya-dukung-${kind.toLowerCase()}`,
      number: context.nextTable("Tabel 1"),
      title: `${title} Tahun ${input.year}`,
      columns: [col("No.", 0.8, "center"), col(header, 6), col("Jumlah", 2, "right")],
      rows: rows.map((row, i) => ({ cells: [`${i + 1}.`, row.label, money(new Decimal(row.jumlah))] })),
      total: { cells: ["", "Jumlah", money(new Decimal(total))] },
    }),
  ];
}

/** Pagu per year of the Renstra period up to the report's year: a table and its chart (Gambar 4 of Serang). */
function anggaranBlocks(input: LkipInput, context: ChapterContext): LkipBlock[] {
  const years = input.organisation.paguPerYear.filter((entry) => entry.year <= input.year);
  if (years.length === 0) return [];
  return [
    table({
      id: "tabel-pagu-tahunan",
      number: context.nextTable("Tabel 1"),
      title: `Pagu ${input.opd.name} Tahun ${[...new Set([years[0]!.year, years[years.length - 1]!.year])].join("–")}`,
      columns: [col("Tahun", 1.4, "center"), col("Pagu (Rp)", 3, "right"), col("Sumber", 4)],
      rows: years.map((entry) => ({
        cells: [
          String(entry.year),
          money(entry.amount),
          entry.source === "APBD" ? "APBD (jumlah rincian sub kegiatan)" : "Pagu indikatif Renstra",
        ],
      })),
    }),
    {
      kind: "chart",
      id: "grafik-pagu-tahunan",
      number: context.nextTable("Grafik 1"),
      title: `Pagu per Tahun (miliar rupiah)`,
      unit: "miliar Rp",
      categories: years.map((entry) => String(entry.year)),
      series: [
        {
          label: "Pagu",
          values: years.map((entry) => entry.amount.div(1e9).toDecimalPlaces(2).toNumber()),
        },
      ],
    },
  ];
}

/** The unit of the organisation and the programs each runs, with their pagu. */
function unitTable(input: LkipInput, context: ChapterContext): LkipBlock[] {
  const programs = input.evaluation.rollup.children;
  if (input.bidang.length === 0) return [];
  const bidangOf = (code: string) => input.programs.find((meta) => meta.code === code)?.bidang;
  const row = (unit: string, owned: typeof programs) => ({
    cells: [
      unit,
      owned.map((p) => `${p.code} ${titled("Program", p.name)}`).join("; ") || "—",
      money(Decimal.sum(0, ...owned.map((p) => p.pagu))),
    ],
  });
  const unowned = programs.filter((p) => !bidangOf(p.code));
  const rows = [
    ...input.bidang.map((bidang) =>
      row(
        bidang,
        programs.filter((p) => bidangOf(p.code) === bidang),
      ),
    ),
    ...(unowned.length > 0 ? [row("Unit lain", unowned)] : []),
  ];
  return [
    table({
      id: "tabel-organisasi",
      number: context.nextTable("Tabel 1"),
      title: `Unit Organisasi dan Program yang Dilaksanakan Tahun ${input.year}`,
      columns: [col("Unit", 3), col("Program", 7), col("Pagu (Rp)", 2.4, "right")],
      rows,
      total: { cells: ["Jumlah", "", money(input.evaluation.rollup.pagu)] },
    }),
  ];
}

/**
 * BAB I Pendahuluan (PermenPAN-RB 53/2014): latar belakang, maksud dan tujuan, dasar hukum, the
 * organisation (dasar pembentukan, tugas pokok, fungsi, struktur, daya dukung), isu strategis and the
 * sistematika. A section without text, draft or data is left out and the rest renumbered.
 */
export function babPendahuluan(input: LkipInput, context: ChapterContext): LkipChapter {
  const text = (section: Parameters<typeof narrativeBlocks>[2]) => narrativeBlocks(input, context, section);
  const struktur = input.organisation.strukturOrganisasi;
  const organisasi = subSections([
    { id: "bab-1-dasar-pembentukan", title: "Dasar Pembentukan", blocks: text("DASAR_PEMBENTUKAN") },
    { id: "bab-1-tugas-pokok", title: "Tugas Pokok", blocks: text("TUGAS_POKOK") },
    { id: "bab-1-fungsi", title: "Fungsi", blocks: text("FUNGSI") },
    {
      id: "bab-1-struktur",
      title: "Struktur Organisasi",
      blocks: [
        ...text("STRUKTUR_ORGANISASI"),
        ...(struktur
          ? [
              image(
                "gambar-struktur-organisasi",
                struktur,
                context.nextTable("Gambar 1"),
                struktur.caption || `Struktur Organisasi ${input.opd.name}`,
              ),
            ]
          : []),
        ...unitTable(input, context),
      ],
    },
    {
      id: "bab-1-aparatur",
      title: "Daya Dukung Aparatur",
      blocks: [
        ...text("DAYA_DUKUNG_APARATUR"),
        ...dayaDukungTable(input, "STATUS", context),
        ...dayaDukungTable(input, "GOLONGAN", context),
        ...dayaDukungTable(input, "PENDIDIKAN", context),
      ],
    },
    {
      id: "bab-1-mitra",
      title: "Mitra Kerja",
      blocks: [...text("MITRA_KERJA"), ...dayaDukungTable(input, "MITRA_KERJA", context)],
    },
    { id: "bab-1-sarana", title: "Sarana dan Prasarana", blocks: text("SARANA_PRASARANA") },
    {
      id: "bab-1-anggaran",
      title: "Anggaran",
      blocks: [...text("ANGGARAN"), ...anggaranBlocks(input, context)],
    },
  ]);
  return {
    id: "bab-1",
    title: "BAB I PENDAHULUAN",
    kind: "BODY",
    blocks: [
      { kind: "heading", id: "bab-1", level: 1, text: "BAB I PENDAHULUAN" },
      ...numberedSections("1", [
        { id: "bab-1-latar-belakang", title: "Latar Belakang", blocks: text("LATAR_BELAKANG") },
        { id: "bab-1-maksud", title: "Maksud dan Tujuan", blocks: text("MAKSUD_TUJUAN") },
        { id: "bab-1-dasar-hukum", title: "Dasar Hukum", blocks: text("DASAR_HUKUM") },
        { id: "bab-1-organisasi", title: "Gambaran Umum Organisasi", blocks: organisasi },
        { id: "bab-1-isu", title: "Isu Strategis", blocks: text("ISU_STRATEGIS") },
        { id: "bab-1-sistematika", title: "Sistematika Penulisan", blocks: text("SISTEMATIKA") },
      ]),
    ],
  };
}
