import { listBudgetRows, type BudgetNodeResult } from "@/lib/calc/budget";
import { formatDateLong, formatFigure, formatTarget, withSatuan } from "@/lib/format";
import { pkRevisionNotes } from "@/lib/pk/perjanjian-kinerja-text";
import { toIndicatorRows } from "@/lib/views/indicator-rows";
import type { LkipBlock, LkipChapter, LkipRow } from "../document-model";
import type { LkipInput } from "../lkip-input";
import {
  budgetRow,
  col,
  money,
  narrativeBlocks,
  numberedSections,
  paragraph,
  table,
  titled,
  type ChapterContext,
} from "./blocks";
import { BLANK_NAME } from "./front";
import { ikuYears, targetAkhir, targetText } from "./iku";

const countLevel = (node: BudgetNodeResult, level: string) =>
  listBudgetRows(node).filter((row) => row.node.level === level).length;

/** "5 kegiatan, 19 sub kegiatan" */
export const countsOf = (node: BudgetNodeResult) =>
  `${countLevel(node, "KEGIATAN")} kegiatan, ${countLevel(node, "SUB_KEGIATAN")} sub kegiatan`;

/** Visi and misi of the RPJMD the Renstra serves, and the misi each tujuan carries. */
function visiMisi(input: LkipInput): LkipBlock[] {
  const { visi, misi } = input.pemda;
  const carried = [...new Set(input.renstra.tujuan.flatMap((t) => (t.misi ? [t.misi] : [])))];
  return [
    ...(visi
      ? [
          paragraph(`Visi pembangunan ${input.pemda.name} dalam RPJMD:`),
          { kind: "paragraph", text: `“${visi}”`, align: "center" } as const,
        ]
      : []),
    ...(misi.length > 0
      ? [
          paragraph(`Visi tersebut dijabarkan dalam ${misi.length} misi:`),
          {
            kind: "narrative" as const,
            blocks: [
              {
                kind: "numbered" as const,
                start: misi[0]!.number,
                items: misi.map((m) => [{ text: m.text, bold: false }]),
              },
            ],
          },
        ]
      : []),
    ...(carried.length > 0 ? [paragraph(`${input.opd.name} mengampu ${carried.join("; ")}.`)] : []),
  ];
}

/**
 * Tujuan → sasaran → IKU with the kondisi awal, the target of the report's year and the Renstra's final
 * target (target akhir): plan figures, never a later year's realisasi.
 */
function renstraTable(input: LkipInput, context: ChapterContext): LkipBlock[] {
  const periode = input.renstra.periode;
  const rows: LkipRow[] = input.renstra.tujuan.flatMap((tujuan) =>
    tujuan.sasaran.flatMap((sasaran) =>
      sasaran.iku.map((iku) => {
        const year = ikuYears(iku, input.evaluation.settings, input.year).find((y) => y.year === input.year);
        const akhir = targetAkhir(iku);
        return {
          cells: [
            `${tujuan.code} ${tujuan.text}`,
            `${sasaran.code} ${sasaran.text}`,
            iku.name,
            iku.kondisiAwal ? withSatuan(formatFigure(iku.kondisiAwal), iku.satuan) : "—",
            targetText(year, iku.satuan),
            akhir ? withSatuan(formatFigure(akhir), iku.satuan) : "—",
          ],
        };
      }),
    ),
  );
  if (rows.length === 0) return [];
  return [
    table({
      id: "tabel-renstra",
      number: context.nextTable("Tabel 2"),
      title: periode
        ? `Tujuan, Sasaran Strategis dan Indikator Kinerja Utama Renstra ${periode.startYear}–${periode.endYear}`
        : "Tujuan, Sasaran Strategis dan Indikator Kinerja Utama",
      columns: [
        col("Tujuan", 3),
        col("Sasaran Strategis", 3),
        col("Indikator Kinerja Utama", 3.6),
        col("Kondisi Awal", 1.5, "right"),
        col(`Target ${input.year}`, 1.5, "right"),
        col(periode ? `Target Akhir ${periode.endYear}` : "Target Akhir", 1.6, "right"),
      ],
      rows,
    }),
  ];
}

/** The IKU targets of the Perjanjian Kinerja: the target as signed and as changed (perubahan). */
function pkTargetTable(input: LkipInput, context: ChapterContext): LkipBlock[] {
  const rows: LkipRow[] = input.renstra.tujuan.flatMap((tujuan) =>
    tujuan.sasaran.flatMap((sasaran) =>
      sasaran.iku.map((iku) => {
        const year = iku.years.find((y) => y.year === input.year);
        const target = year?.target;
        const awal =
          year?.targetText ??
          formatTarget(
            target?.value ? { value: target.value, upper: target.upper ?? null } : null,
            iku.satuan,
          );
        const perubahan = target?.perubahan
          ? formatTarget({ value: target.perubahan, upper: target.upperPerubahan ?? null }, iku.satuan)
          : "—";
        return { cells: [`${sasaran.code} ${sasaran.text}`, iku.name, awal, perubahan] };
      }),
    ),
  );
  if (rows.length === 0) return [];
  return [
    table({
      id: "tabel-pk-target",
      number: context.nextTable("Tabel 2"),
      title: `Sasaran dan Target Kinerja dalam Perjanjian Kinerja Tahun ${input.year}`,
      columns: [
        col("Sasaran Strategis", 4),
        col("Indikator Kinerja", 4),
        col("Target Awal", 1.8, "right"),
        col("Target Perubahan", 1.8, "right"),
      ],
      rows,
    }),
  ];
}

/** The Pihak Kedua of the PK: its counterpart as recorded, else the kepala daerah of the Pemda. */
export function pihakKedua(input: LkipInput): { title: string; name: string } {
  const record = input.perjanjianKinerja?.record;
  return {
    title: record?.counterpartTitle ?? input.pemda.head.title ?? `Kepala Daerah ${input.pemda.name}`,
    name: record?.counterpartName ?? input.pemda.head.name ?? BLANK_NAME,
  };
}

function perjanjianKinerja(input: LkipInput, context: ChapterContext): LkipBlock[] {
  const { rollup } = input.evaluation;
  const pk = input.perjanjianKinerja;
  const kedua = pihakKedua(input);
  return [
    paragraph(
      pk
        ? `Perjanjian Kinerja Tahun ${input.year} antara ${pk.record.signerTitle}` +
            (pk.record.signerName ? ` (${pk.record.signerName})` : "") +
            ` sebagai Pihak Pertama dan ${kedua.title}` +
            (kedua.name !== BLANK_NAME ? ` (${kedua.name})` : "") +
            ` sebagai Pihak Kedua` +
            (pk.record.signedAt ? ` ditandatangani pada ${formatDateLong(pk.record.signedAt)}. ` : ". ") +
            `Target di dalamnya adalah target indikator sasaran dan program Tahun ${input.year}; dokumennya ` +
            `tersaji dalam Lampiran.`
        : `Target kinerja Tahun ${input.year} adalah target indikator sasaran dan program berikut.`,
    ),
    ...pkTargetTable(input, context),
    ...pkRevisionNotes(pk?.revisionDocuments ?? []).map((note) => paragraph(note)),
    table({
      id: "tabel-pk",
      number: context.nextTable("Tabel 2"),
      title: `Rekap Program dan Anggaran dalam Perjanjian Kinerja Tahun ${input.year}`,
      columns: [
        col("No.", 0.8, "center"),
        col("Program", 6),
        col("Anggaran (Rp)", 2.4, "right"),
        col("Keterangan", 3),
      ],
      rows: rollup.children.map((program, index) => ({
        cells: [`${index + 1}.`, program.name, money(program.pagu), countsOf(program)],
      })),
      total: { cells: ["", "Jumlah", money(rollup.pagu), countsOf(rollup)] },
    }),
  ];
}

/**
 * BAB II Perencanaan Kinerja: the Renstra (visi, misi, tujuan, sasaran, IKU with kondisi awal and target
 * akhir), strategi and arah kebijakan, programs and kegiatan with their budget, and the Perjanjian Kinerja.
 */
export function babPerencanaan(input: LkipInput, context: ChapterContext): LkipChapter {
  const { rollup, indicators } = input.evaluation;
  const programIndicators = toIndicatorRows(indicators.filter((i) => i.level === "PROGRAM"));
  const meta = (code: string) => input.programs.find((p) => p.code === code);
  const periode = input.renstra.periode;
  const sasaranCount = input.renstra.tujuan.reduce((n, t) => n + t.sasaran.length, 0);

  return {
    id: "bab-2",
    title: "BAB II PERENCANAAN KINERJA",
    kind: "BODY",
    blocks: [
      { kind: "heading", id: "bab-2", level: 1, text: "BAB II PERENCANAAN KINERJA" },
      ...numberedSections("2", [
        {
          id: "bab-2-renstra",
          title: "Rencana Strategis",
          blocks: [
            ...(periode
              ? [
                  paragraph(
                    `Rencana Strategis ${input.opd.name} periode ${periode.startYear}–${periode.endYear} menjabarkan ` +
                      `RPJMD ${input.pemda.name} ke dalam ${input.renstra.tujuan.length} tujuan dan ${sasaranCount} ` +
                      `sasaran strategis, masing-masing diukur dengan Indikator Kinerja Utama (IKU) yang targetnya ` +
                      `ditetapkan setiap tahun.`,
                  ),
                ]
              : []),
            ...visiMisi(input),
          ],
        },
        {
          id: "bab-2-tujuan-sasaran",
          title: "Tujuan, Sasaran dan Indikator Kinerja Utama",
          blocks: renstraTable(input, context),
        },
        {
          id: "bab-2-strategi",
          title: "Strategi dan Arah Kebijakan",
          blocks: narrativeBlocks(input, context, "STRATEGI_ARAH_KEBIJAKAN"),
        },
        {
          id: "bab-2-program",
          title: "Program, Sasaran Program dan Indikator Kinerja Program",
          blocks: [
            table({
              id: "tabel-program",
              number: context.nextTable("Tabel 2"),
              title: `Program, Sasaran Program dan Indikator Kinerja Program Tahun ${input.year}`,
              columns: [
                col("Program", 4),
                col("Sasaran Program", 4),
                col("Indikator Kinerja Program", 4),
                col("Target", 1.6, "right"),
              ],
              rows: rollup.children.map((program) => {
                const own = programIndicators.filter((i) => i.ownerCode === program.code);
                return {
                  cells: [
                    `${program.code} ${titled("Program", program.name)}`,
                    meta(program.code)?.sasaranProgram ?? "—",
                    own.map((i) => i.name).join("; ") || "—",
                    own.map((i) => withSatuan(i.target, i.satuan)).join("; ") || "—",
                  ],
                };
              }),
            }),
          ],
        },
        {
          id: "bab-2-kegiatan",
          title: "Program, Kegiatan dan Anggaran",
          blocks: [
            table({
              id: "tabel-kegiatan",
              number: context.nextTable("Tabel 2"),
              title: `Program, Kegiatan dan Anggaran Tahun ${input.year}`,
              columns: [col("Kode", 1.8), col("Program / Kegiatan", 7), col("Anggaran (Rp)", 2.2, "right")],
              indent: 1,
              rows: rollup.children.flatMap((program) => [
                budgetRow(program, 0, [program.code, titled("Program", program.name), money(program.pagu)]),
                ...program.children.map((kegiatan) =>
                  budgetRow(kegiatan, 1, [kegiatan.code, kegiatan.name, money(kegiatan.pagu)], 1),
                ),
              ]),
              total: { cells: ["", "Jumlah", money(rollup.pagu)] },
            }),
          ],
        },
        {
          id: "bab-2-pk",
          title: `Perjanjian Kinerja Tahun ${input.year}`,
          blocks: perjanjianKinerja(input, context),
        },
      ]),
    ],
  };
}
