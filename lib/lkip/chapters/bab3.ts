import { listBudgetRows, type BudgetNodeResult } from "@/lib/calc/budget";
import { trendLabel } from "@/lib/calc/comparison";
import { describeRealisasi } from "@/lib/calc/evaluate-indicator";
import {
  calculateEfisiensiTable,
  efisiensiFormulaDescription,
  efisiensiStatusLabel,
} from "@/lib/calc/efisiensi";
import { compareCodes } from "@/lib/calc/finding";
import { describeSerapan } from "@/lib/calc/serapan";
import { formatFigure, formatPercent, formatRupiah, formatTarget, withSatuan } from "@/lib/format";
import { levelTitle } from "@/lib/vocabulary";
import { toIndicatorRows, type IndicatorRow } from "@/lib/views/indicator-rows";
import type { LkipBlock, LkipChapter, LkipRow } from "../document-model";
import type { LkipInput, LkipSasaran } from "../lkip-input";
import {
  budgetRow,
  col,
  heading,
  money,
  narrativeBlocks,
  paragraph,
  realisasiCell,
  serapanCell,
  table,
  type ChapterContext,
} from "./blocks";
import { countsOf } from "./bab2";
import { narrativeOf } from "./front";
import { capaianText, ikuComparison, ikuYears, predikatOf, realisasiText, targetText } from "./iku";

const indicatorCells = (row: IndicatorRow) => [
  row.name,
  row.satuan,
  row.target,
  row.realisasi,
  row.capaian,
  row.predikat ?? "—",
];

/** One sasaran: its IKU this year, across the Renstra years, against the Renstra and the final target. */
function sasaranBlocks(input: LkipInput, sasaran: LkipSasaran, context: ChapterContext): LkipBlock[] {
  const { settings } = input.evaluation;
  const blocks: LkipBlock[] = [
    heading(`sasaran-${sasaran.code}`, 3, `Sasaran ${sasaran.code}: ${sasaran.text}`),
  ];
  for (const iku of sasaran.iku) {
    const years = ikuYears(iku, settings);
    const comparison = ikuComparison(iku, years, input.year, settings);
    const current = years.find((y) => y.year === input.year);
    const previous = comparison.vsPreviousYear;
    const final = comparison.progressToFinal;
    const vsRenstra =
      comparison.vsRenstra.status === "OK"
        ? formatPercent(comparison.vsRenstra.capaian)
        : "belum dapat dihitung";
    blocks.push(
      paragraph(
        `IKU "${iku.name}" tahun ${input.year}: target ${targetText(current, iku.satuan)}, realisasi ` +
          `${realisasiText(current, iku.satuan)}, capaian ${capaianText(current)}` +
          (predikatOf(current) ? ` (${predikatOf(current)})` : "") +
          `. ` +
          (previous.status === "OK"
            ? `Dibandingkan tahun ${previous.comparedYear}, realisasi berubah ${withSatuan(formatFigure(previous.difference), iku.satuan)} ` +
              `(${trendLabel[previous.trend].toLowerCase()}). `
            : "Belum ada realisasi tahun sebelumnya sebagai pembanding. ") +
          `Terhadap target Renstra tahun ${input.year} capaiannya ${vsRenstra}; terhadap target akhir periode ` +
          `(${final.finalYear}) ${final.capaian.status === "OK" ? formatPercent(final.capaian.capaian) : "belum dapat dihitung"}.`,
      ),
      {
        kind: "table",
        id: `tabel-iku-tahunan-${iku.id}`,
        number: context.nextTable("Tabel 3"),
        title: `Capaian IKU "${iku.name}" Sepanjang Periode Renstra`,
        columns: [
          col("Tahun", 1, "center"),
          col("Target Renstra", 1.6, "right"),
          col("Target PK", 1.6, "right"),
          col("Realisasi", 1.6, "right"),
          col("Capaian", 1.6, "right"),
          col("Predikat", 1.8),
          col("Dibanding tahun sebelumnya", 2.4),
        ],
        rows: years.map((y) => {
          const change = comparison.history.find((h) => h.year === y.year)?.change;
          return {
            cells: [
              String(y.year),
              y.targetRenstra ? formatFigure(y.targetRenstra) : "—",
              formatTarget(y.target),
              describeRealisasi(y.evaluation.realisasi),
              y.realisasi ? capaianText(y) : "—",
              predikatOf(y) ?? "—",
              change?.status === "OK"
                ? `${formatFigure(change.difference)} (${trendLabel[change.trend]})`
                : "—",
            ],
          };
        }),
      },
      {
        kind: "chart",
        id: `grafik-iku-${iku.id}`,
        number: context.nextTable("Grafik 3"),
        title: `Target dan Realisasi IKU "${iku.name}"`,
        unit: iku.satuan,
        categories: years.map((y) => String(y.year)),
        series: [
          { label: "Target", values: years.map((y) => (y.target ? y.target.value.toNumber() : null)) },
          { label: "Realisasi", values: years.map((y) => (y.realisasi ? y.realisasi.toNumber() : null)) },
        ],
      },
    );
  }
  const analysis = input.narratives.find(
    (n) => n.section === "ANALISIS_SASARAN" && n.sasaranId === sasaran.id,
  );
  blocks.push(
    ...narrativeBlocks({
      context,
      title: "Analisis Capaian Sasaran",
      body: analysis?.body,
      missing: "Analisis capaian sasaran belum ditulis.",
    }),
  );
  return blocks;
}

/** "Program … memiliki pagu Rp … dengan realisasi Rp … sehingga serapannya … %; …" */
function programParagraph(program: BudgetNodeResult, indicators: IndicatorRow[]): LkipBlock {
  const realisasi =
    program.realisasi.status === "KNOWN" ? formatRupiah(program.realisasi.value) : "yang tidak diketahui";
  const achievements = indicators
    .map((i) => `indikator "${i.name}" mencapai ${i.capaian}${i.predikat ? ` (${i.predikat})` : ""}`)
    .join("; ");
  return paragraph(
    `Program ${program.name} (${program.code}) memiliki pagu ${formatRupiah(program.pagu)} dengan realisasi ${realisasi} ` +
      `sehingga serapannya ${describeSerapan(program.serapan)}; dilaksanakan melalui ${countsOf(program)}.` +
      (achievements ? ` Pada tingkat program, ${achievements}.` : ""),
  );
}

/** Every indicator of every program, kegiatan and sub kegiatan, grouped by program. */
function allIndicatorTable(input: LkipInput, rows: IndicatorRow[], context: ChapterContext): LkipBlock {
  const depth = { PROGRAM: 0, KEGIATAN: 1, SUB_KEGIATAN: 2 } as const;
  const tableRows: LkipRow[] = listBudgetRows(input.evaluation.rollup)
    .filter(
      ({ node }) => node.level === "PROGRAM" || node.level === "KEGIATAN" || node.level === "SUB_KEGIATAN",
    )
    .flatMap(({ node }) => {
      const level = node.level as keyof typeof depth;
      const own = rows.filter((r) => r.level === level && r.ownerCode === node.code);
      const owner = `${levelTitle(level)} ${node.code} ${node.name}`;
      if (own.length === 0) {
        return [
          {
            cells: [owner, "Belum ada indikator", "", "", "", "", ""],
            depth: depth[level],
            style: level === "PROGRAM" ? ("parent" as const) : undefined,
          },
        ];
      }
      return own.map((row, index) => ({
        cells: [index === 0 ? owner : "", ...indicatorCells(row)],
        depth: depth[level],
        style: level === "PROGRAM" ? ("parent" as const) : undefined,
      }));
    });
  return table({
    id: "tabel-indikator-semua",
    number: context.nextTable("Tabel 3"),
    title: `Capaian Indikator Program, Kegiatan dan Sub Kegiatan Tahun ${input.year}`,
    columns: [
      col("Program / Kegiatan / Sub Kegiatan", 6),
      col("Indikator", 6),
      col("Satuan", 1.4, "center"),
      col("Target", 1.4, "right"),
      col("Realisasi", 1.4, "right"),
      col("Capaian", 1.6, "right"),
      col("Predikat", 1.8),
    ],
    rows: tableRows,
    landscape: true,
    note: "Indikator tanpa target atau realisasi ditandai sesuai keadaannya; capaian tidak ditebak.",
  });
}

function efisiensiBlocks(
  input: LkipInput,
  programRows: IndicatorRow[],
  context: ChapterContext,
): LkipBlock[] {
  const { rollup, indicators } = input.evaluation;
  const efisiensi = calculateEfisiensiTable({
    rows: rollup.children.map((program) => {
      const indicator = indicators.find((i) => i.level === "PROGRAM" && i.code === program.code);
      const result = indicator?.evaluation.capaian;
      return {
        id: program.code,
        name: program.name,
        capaian: result?.status === "OK" ? result.capaian : null,
        pagu: program.pagu,
        realisasi: program.realisasi,
      };
    }),
  });
  const weighted = efisiensi.weighted;
  return [
    heading("bab-3-efisiensi", 2, "Efisiensi Penggunaan Sumber Daya"),
    paragraph(
      `Efisiensi dinilai per program dengan rumus: ${efisiensiFormulaDescription.SELISIH_CAPAIAN_SERAPAN}. Nilai positif ` +
        `berarti capaian kinerja lebih tinggi daripada bagian anggaran yang terserap.` +
        (weighted.status === "OK"
          ? ` Efisiensi tertimbang seluruh program (${efisiensiFormulaDescription.EFISIENSI_TERTIMBANG_OUTPUT}) ${formatPercent(weighted.percent)}.`
          : ""),
    ),
    table({
      id: "tabel-efisiensi",
      number: context.nextTable("Tabel 3"),
      title: "Tingkat Efisiensi per Program (Capaian Kinerja − Penyerapan Anggaran)",
      columns: [
        col("Program", 6),
        col("Capaian Kinerja", 2, "right"),
        col("Penyerapan Anggaran", 2, "right"),
        col("Tingkat Efisiensi", 2, "right"),
      ],
      rows: efisiensi.rows.map((row) => ({
        cells: [
          row.name,
          row.capaian
            ? formatPercent(row.capaian)
            : (programRows.find((r) => r.ownerCode === row.id)?.capaian ?? "Belum ada indikator"),
          describeSerapan(row.serapan),
          row.tingkatEfisiensi.status === "OK"
            ? formatPercent(row.tingkatEfisiensi.value)
            : efisiensiStatusLabel[row.tingkatEfisiensi.status],
        ],
      })),
    }),
  ];
}

/** Tabel 3.x Realisasi Anggaran: program → kegiatan → sub kegiatan (→ rekening) with a total from the leaves. */
function budgetTable(input: LkipInput, context: ChapterContext): LkipBlock {
  const { rollup } = input.evaluation;
  const rows = listBudgetRows(rollup)
    .slice(1)
    .map(({ node, depth }) =>
      budgetRow(node, depth - 1, [
        node.code,
        node.name,
        money(node.pagu),
        realisasiCell(node),
        serapanCell(node),
        node.sisaAnggaran.status === "KNOWN" ? money(node.sisaAnggaran.value) : "—",
      ]),
    );
  return table({
    id: "tabel-realisasi-anggaran",
    number: context.nextTable("Tabel 3"),
    title: `Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun ${input.year}`,
    columns: [
      col("Kode", 2.6),
      col("Uraian", 6.4),
      col("Pagu (Rp)", 2.3, "right"),
      col("Realisasi (Rp)", 2.3, "right"),
      col("%", 1.3, "right"),
      col("Sisa (Rp)", 2.1, "right"),
    ],
    indent: 1,
    rows,
    total: {
      cells: [
        "",
        "Jumlah",
        money(rollup.pagu),
        realisasiCell(rollup),
        serapanCell(rollup),
        rollup.sisaAnggaran.status === "KNOWN" ? money(rollup.sisaAnggaran.value) : "—",
      ],
    },
    note: "Baris program dan kegiatan adalah jumlah rinciannya; angka yang dicetak dokumen sumber tidak dipakai.",
  });
}

/** BAB III Akuntabilitas Kinerja: A. capaian kinerja organisasi, B. realisasi anggaran. */
export function babAkuntabilitas(input: LkipInput, context: ChapterContext): LkipChapter {
  const { rollup, indicators, settings } = input.evaluation;
  const rows = toIndicatorRows(indicators).sort((a, b) => compareCodes(a.ownerCode, b.ownerCode));
  const ikuRows = rows.filter((r) => r.level === "SASARAN");
  const programRows = rows.filter((r) => r.level === "PROGRAM");
  const sasaran = input.renstra.tujuan.flatMap((t) => t.sasaran);
  const hasRekening = listBudgetRows(rollup).some(({ node }) => node.level === "REKENING");

  return {
    id: "bab-3",
    title: "BAB III AKUNTABILITAS KINERJA",
    kind: "BODY",
    blocks: [
      heading("bab-3", 1, "BAB III AKUNTABILITAS KINERJA"),
      heading("bab-3-a", 2, "A. Capaian Kinerja Organisasi"),
      paragraph(
        `Capaian kinerja diukur dengan membandingkan realisasi terhadap target setiap indikator; predikat mengikuti skala ` +
          `${settings.predikatScale.name} (${settings.predikatScale.bands.map((b) => b.label).join(", ")}).`,
      ),
      table({
        id: "tabel-iku",
        number: context.nextTable("Tabel 3"),
        title: `Capaian Indikator Kinerja Utama Tahun ${input.year}`,
        columns: [
          col("Sasaran Strategis", 4),
          col("Indikator Kinerja Utama", 4),
          col("Satuan", 1.2, "center"),
          col("Target", 1.3, "right"),
          col("Realisasi", 1.3, "right"),
          col("Capaian", 1.5, "right"),
          col("Predikat", 1.6),
        ],
        rows: ikuRows.map((row) => ({
          cells: [`${row.ownerCode} ${row.ownerName}`, ...indicatorCells(row)],
        })),
      }),
      ...sasaran.flatMap((s) => sasaranBlocks(input, s, context)),
      heading("bab-3-program", 2, "Capaian Indikator Kinerja Program"),
      table({
        id: "tabel-indikator-program",
        number: context.nextTable("Tabel 3"),
        title: `Capaian Indikator Kinerja Program Tahun ${input.year}`,
        columns: [
          col("Program", 4),
          col("Sasaran Program", 3.5),
          col("Indikator", 4),
          col("Target", 1.3, "right"),
          col("Realisasi", 1.3, "right"),
          col("Capaian", 1.5, "right"),
          col("Predikat", 1.6),
        ],
        rows: programRows.map((row) => ({
          cells: [
            row.ownerName,
            input.programs.find((p) => p.code === row.ownerCode)?.sasaranProgram ?? "—",
            row.name,
            withSatuan(row.target, row.satuan),
            withSatuan(row.realisasi, row.satuan),
            row.capaian,
            row.predikat ?? "—",
          ],
        })),
      }),
      heading("bab-3-analisis-program", 2, "Analisis Pencapaian Program dan Kegiatan Pendukung"),
      ...rollup.children.map((program) =>
        programParagraph(
          program,
          programRows.filter((r) => r.ownerCode === program.code),
        ),
      ),
      allIndicatorTable(input, rows, context),
      heading("bab-3-kendala", 2, "Analisis Penyebab dan Solusi"),
      ...narrativeBlocks({
        context,
        title: "Kendala",
        body: narrativeOf(input, "KENDALA"),
        missing: "Kendala belum ditulis.",
      }),
      ...narrativeBlocks({
        context,
        title: "Solusi",
        body: narrativeOf(input, "SOLUSI"),
        missing: "Solusi belum ditulis.",
      }),
      ...efisiensiBlocks(input, programRows, context),
      heading("bab-3-b", 2, "B. Realisasi Anggaran"),
      paragraph(
        `Pagu ${input.opd.name} tahun ${input.year} ${formatRupiah(rollup.pagu)} dengan realisasi ` +
          `${rollup.realisasi.status === "KNOWN" ? formatRupiah(rollup.realisasi.value) : "yang tidak diketahui"}, ` +
          `serapan ${describeSerapan(rollup.serapan)}` +
          (hasRekening ? "; rincian sampai rekening belanja." : "."),
      ),
      {
        kind: "chart",
        id: "grafik-serapan-program",
        number: context.nextTable("Grafik 3"),
        title: "Serapan Anggaran per Program (%)",
        unit: "%",
        categories: rollup.children.map((p) => p.code),
        series: [
          {
            label: "Serapan",
            values: rollup.children.map((p) =>
              p.serapan.status === "OK" ? p.serapan.value.toDecimalPlaces(2).toNumber() : null,
            ),
          },
        ],
      },
      budgetTable(input, context),
    ],
  };
}
