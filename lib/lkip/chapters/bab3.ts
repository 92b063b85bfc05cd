import { listBudgetRows, type BudgetNodeResult } from "@/lib/calc/budget";
import { trendLabel } from "@/lib/calc/comparison";
import { calculateEfisiensiTable, efisiensiStatusLabel } from "@/lib/calc/efisiensi";
import { compareCodes } from "@/lib/calc/finding";
import { formatDifference } from "@/lib/calc/figure-tokens";
import type Decimal from "decimal.js";
import { describeSerapan } from "@/lib/calc/serapan";
import { citeRevision, yearEnd } from "@/lib/calc/target-revisions";
import { formatDateLong, formatFigure, formatPercent, formatTarget, withSatuan } from "@/lib/format";
import { narrativeSectionLabel, levelTitle } from "@/lib/vocabulary";
import { toIndicatorRows, type IndicatorRow } from "@/lib/views/indicator-rows";
import type { LkipBlock, LkipChapter, LkipRow } from "../document-model";
import type { LkipInput, LkipSasaran } from "../lkip-input";
import { budgetLines } from "../rekening-groups";
import { supportingPrograms } from "../supporting-programs";
import {
  col,
  heading,
  image,
  money,
  narrativeBlocks,
  paragraph,
  subSections,
  table,
  titled,
  type ChapterContext,
} from "./blocks";
import {
  capaianText,
  ikuComparison,
  ikuHistory,
  ikuYears,
  predikatOf,
  realisasiText,
  targetText,
} from "./iku";

const indicatorCells = (row: IndicatorRow) => [
  row.name,
  row.satuan,
  row.target,
  row.realisasi,
  row.capaian,
  row.predikat ?? "—",
];

/** Analyses 1–4 of a sasaran's IKU: its years up to the report's, a chart, the Renstra and national standard. */
function ikuAnalysisBlocks(input: LkipInput, sasaran: LkipSasaran, context: ChapterContext): LkipBlock[] {
  const { settings } = input.evaluation;
  return sasaran.iku.flatMap((iku): LkipBlock[] => {
    const years = ikuYears(iku, settings, input.year);
    const comparison = ikuComparison(iku, years, input.year, settings);
    const history = ikuHistory(sasaran.code, iku, settings, input.year);
    const current = years.find((y) => y.year === input.year);
    const final = comparison.progressToFinal;
    const source = iku.years.find((y) => y.year === input.year)?.standarNasional?.source;
    const renstra: LkipRow[] = [
      {
        cells: [
          "Kondisi awal Renstra",
          iku.kondisiAwal ? withSatuan(formatFigure(iku.kondisiAwal), iku.satuan) : "—",
        ],
      },
      { cells: [`Realisasi ${input.year}`, realisasiText(current, iku.satuan)] },
      {
        cells: [
          `Target akhir Renstra (${final.finalYear})`,
          history.targetAkhir ? withSatuan(formatFigure(history.targetAkhir), iku.satuan) : "—",
        ],
      },
      {
        cells: [
          "Capaian terhadap target akhir",
          final.capaian.status === "OK" ? formatPercent(final.capaian.capaian) : "—",
        ],
      },
      ...(history.standarNasional
        ? [
            {
              cells: [
                `Standar nasional${source ? ` (${source})` : ""}`,
                withSatuan(formatFigure(history.standarNasional.value), iku.satuan),
              ],
            },
            {
              cells: [
                "Capaian terhadap standar nasional",
                history.standarNasional.capaian.status === "OK"
                  ? formatPercent(history.standarNasional.capaian.capaian)
                  : "—",
              ],
            },
          ]
        : []),
    ];
    return [
      {
        kind: "table",
        id: `tabel-iku-tahunan-${iku.id}`,
        number: context.nextTable("Tabel 3"),
        title: `Capaian IKU "${iku.name}" Tahun ${years[0]?.year ?? input.year}–${input.year}`,
        columns: [
          col("Tahun", 1, "center"),
          col("Target Renstra", 1.6, "right"),
          col("Target PK", 1.6, "right"),
          col("Realisasi", 1.6, "right"),
          col("Capaian", 1.6, "right"),
          col("Predikat", 2),
          col("Dibanding tahun sebelumnya", 2.6),
        ],
        rows: years.map((y) => {
          const change = comparison.history.find((h) => h.year === y.year)?.change;
          return {
            cells: [
              String(y.year),
              y.targetRenstra ? formatFigure(y.targetRenstra) : "—",
              y.targetText ?? formatTarget(y.target),
              y.realisasiText ?? realisasiText(y, ""),
              y.realisasi ? capaianText(y) : "—",
              predikatOf(y) ?? "—",
              change?.status === "OK"
                ? `${formatDifference(change.difference, iku.satuan)} (${trendLabel[change.trend]})`
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
      table({
        id: `tabel-iku-renstra-${iku.id}`,
        number: context.nextTable("Tabel 3"),
        title: `IKU "${iku.name}" terhadap Target Akhir Renstra${history.standarNasional ? " dan Standar Nasional" : ""}`,
        columns: [col("Uraian", 5), col("Nilai", 2.4, "right")],
        rows: renstra,
      }),
    ];
  });
}

/** Analyses 6 and 7: efficiency and the indicators of the programs that support the sasaran. */
function efisiensiTable(input: LkipInput, programs: BudgetNodeResult[], id: string, context: ChapterContext) {
  const { indicators } = input.evaluation;
  const efisiensi = calculateEfisiensiTable({
    rows: programs.map((program) => {
      const result = indicators.find((i) => i.level === "PROGRAM" && i.code === program.code)?.evaluation
        .capaian;
      return {
        id: program.code,
        name: program.name,
        capaian: result?.status === "OK" ? result.capaian : null,
        pagu: program.pagu,
        realisasi: program.realisasi,
      };
    }),
  });
  return table({
    id,
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
        titled("Program", row.name),
        row.capaian ? formatPercent(row.capaian) : "—",
        describeSerapan(row.serapan),
        row.tingkatEfisiensi.status === "OK"
          ? formatPercent(row.tingkatEfisiensi.value)
          : efisiensiStatusLabel[row.tingkatEfisiensi.status],
      ],
    })),
  });
}

function supportTable(
  input: LkipInput,
  programs: BudgetNodeResult[],
  programRows: IndicatorRow[],
  id: string,
  context: ChapterContext,
) {
  return table({
    id,
    number: context.nextTable("Tabel 3"),
    title: "Program Pendukung: Capaian Indikator dan Serapan Anggaran",
    columns: [
      col("Program", 4),
      col("Indikator", 4),
      col("Target", 1.3, "right"),
      col("Realisasi", 1.3, "right"),
      col("Capaian", 1.5, "right"),
      col("Serapan", 1.5, "right"),
    ],
    rows: programs.flatMap((program) => {
      const own = programRows.filter((r) => r.ownerCode === program.code);
      const name = `${program.code} ${titled("Program", program.name)}`;
      return own.length === 0
        ? [{ cells: [name, "—", "—", "—", "—", describeSerapan(program.serapan)] }]
        : own.map((row, i) => ({
            cells: [
              i === 0 ? name : "",
              row.name,
              withSatuan(row.target, row.satuan),
              withSatuan(row.realisasi, row.satuan),
              row.capaian,
              i === 0 ? describeSerapan(program.serapan) : "",
            ],
          }));
    }),
  });
}

/** One sasaran with the seven analyses of PermenPAN-RB 53/2014. */
function sasaranBlocks(
  input: LkipInput,
  sasaran: LkipSasaran,
  programRows: IndicatorRow[],
  context: ChapterContext,
): LkipBlock[] {
  const owner = { sasaranId: sasaran.id };
  const programs = supportingPrograms(input, sasaran);
  const id = (part: string) => `sasaran-${sasaran.code}-${part}`;
  return [
    heading(`sasaran-${sasaran.code}`, 2, `Sasaran Strategis ${sasaran.code}: ${sasaran.text}`),
    ...subSections([
      {
        id: id("capaian"),
        title: narrativeSectionLabel.ANALISIS_SASARAN,
        blocks: [
          ...narrativeBlocks(input, context, "ANALISIS_SASARAN", owner),
          ...ikuAnalysisBlocks(input, sasaran, context),
        ],
      },
      {
        id: id("penyebab"),
        title: narrativeSectionLabel.ANALISIS_PENYEBAB,
        blocks: narrativeBlocks(input, context, "ANALISIS_PENYEBAB", owner),
      },
      {
        id: id("efisiensi"),
        title: narrativeSectionLabel.ANALISIS_EFISIENSI,
        blocks: [
          ...narrativeBlocks(input, context, "ANALISIS_EFISIENSI", owner),
          ...(programs.length > 0 ? [efisiensiTable(input, programs, id("tabel-efisiensi"), context)] : []),
        ],
      },
      {
        id: id("program"),
        title: narrativeSectionLabel.ANALISIS_PROGRAM,
        blocks: [
          ...narrativeBlocks(input, context, "ANALISIS_PROGRAM", owner),
          ...(programs.length > 0
            ? [supportTable(input, programs, programRows, id("tabel-program"), context)]
            : []),
        ],
      },
    ]),
  ];
}

/**
 * Each program's activity text (AKTIVITAS), its kegiatan's where written, and the documentation photos
 * of the program, of each kegiatan and of its sub kegiatan (bukti dukung photos).
 */
function aktivitasBlocks(input: LkipInput, context: ChapterContext): LkipBlock[] {
  const photos = (code: string) =>
    input.documentation
      .filter((photo) => photo.ownerCode === code)
      .map((photo, i) => image(`dokumentasi-${code}-${i + 1}`, photo, null));
  return input.evaluation.rollup.children.flatMap((program) => {
    const meta = input.programs.find((p) => p.code === program.code);
    const kegiatan = program.children.flatMap((k) => {
      const stored = input.narratives.some((n) => n.section === "AKTIVITAS" && n.kegiatanId === k.id);
      const blocks = [
        ...(stored ? narrativeBlocks(input, context, "AKTIVITAS", { kegiatanId: k.id }) : []),
        ...photos(k.code),
        ...k.children.flatMap((sub) => photos(sub.code)),
      ];
      return blocks.length > 0 ? [paragraph(titled("Kegiatan", k.name)), ...blocks] : [];
    });
    return [
      heading(`aktivitas-${program.code}`, 3, `${program.code} ${titled("Program", program.name)}`),
      ...(meta ? narrativeBlocks(input, context, "AKTIVITAS", { programId: meta.id }) : []),
      ...photos(program.code),
      ...kegiatan,
    ];
  });
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
      col("Capaian", 1.7, "right"),
      col("Predikat", 1.8),
    ],
    rows: tableRows,
    landscape: true,
    note: "Indikator tanpa target atau realisasi ditandai sesuai keadaannya; capaian tidak ditebak.",
  });
}

/** Tabel Realisasi Anggaran: program → kegiatan → sub kegiatan (→ rekening groups → rekening) from the leaves. */
function budgetTable(input: LkipInput, context: ChapterContext): LkipBlock {
  const { rollup } = input.evaluation;
  const sisa = (amount: BudgetNodeResult["sisaAnggaran"]) =>
    amount.status === "KNOWN" ? money(amount.value) : "—";
  return table({
    id: "tabel-realisasi-anggaran",
    number: context.nextTable("Tabel 3"),
    title: `Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun ${input.year}`,
    // The percentage column is wide enough for "100,00 %" on one line.
    columns: [
      col("Kode", 2.6),
      col("Uraian", 6.2),
      col("Pagu (Rp)", 2.3, "right"),
      col("Realisasi (Rp)", 2.3, "right"),
      col("%", 1.6, "right"),
      col("Sisa (Rp)", 2.1, "right"),
    ],
    indent: 1,
    rows: budgetLines(rollup, input.rekeningGroups).map((line) => ({
      cells: [
        line.code,
        line.depth === 0 ? titled("Program", line.name) : line.name,
        money(line.pagu),
        line.realisasi.status === "KNOWN" ? money(line.realisasi.value) : "tidak diketahui",
        describeSerapan(line.serapan),
        sisa(line.sisaAnggaran),
      ],
      depth: line.depth,
      style: line.parent && line.depth < 2 ? "parent" : undefined,
    })),
    total: {
      cells: [
        "",
        "Jumlah",
        money(rollup.pagu),
        rollup.realisasi.status === "KNOWN" ? money(rollup.realisasi.value) : "tidak diketahui",
        describeSerapan(rollup.serapan),
        sisa(rollup.sisaAnggaran),
      ],
    },
    note: "Baris program, kegiatan, sub kegiatan dan kelompok rekening adalah jumlah rinciannya.",
  });
}

/** BAB III Akuntabilitas Kinerja: A. capaian kinerja organisasi per sasaran, B. realisasi anggaran. */
export function babAkuntabilitas(input: LkipInput, context: ChapterContext): LkipChapter {
  const { rollup, indicators, settings } = input.evaluation;
  const rows = toIndicatorRows(indicators).sort((a, b) => compareCodes(a.ownerCode, b.ownerCode));
  const programRows = rows.filter((r) => r.level === "PROGRAM");
  const sasaran = input.renstra.tujuan.flatMap((t) => t.sasaran);
  const ikuRows = sasaran.flatMap((s) =>
    s.iku.map((iku) => {
      const year = ikuYears(iku, settings, input.year).find((y) => y.year === input.year);
      return {
        cells: [
          `${s.code} ${s.text}`,
          iku.name,
          iku.satuan,
          targetText(year, ""),
          realisasiText(year, ""),
          capaianText(year),
          predikatOf(year) ?? "—",
        ],
      };
    }),
  );

  return {
    id: "bab-3",
    title: "BAB III AKUNTABILITAS KINERJA",
    kind: "BODY",
    blocks: [
      heading("bab-3", 1, "BAB III AKUNTABILITAS KINERJA"),
      heading("bab-3-a", 2, "A. Capaian Kinerja Organisasi"),
      paragraph(
        `Capaian kinerja diukur dengan membandingkan realisasi terhadap target setiap indikator; predikat mengikuti skala ` +
          `${settings.predikatScale.name} (${settings.predikatScale.bands.map((b) => b.label).join(", ")}). ` +
          `Target kualitatif dicetak sebagaimana ditetapkan dan tidak diberi predikat.`,
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
          col("Capaian", 1.7, "right"),
          col("Predikat", 2.1),
        ],
        rows: ikuRows,
      }),
      ...targetInForceNote(input),
      ...sasaran.flatMap((s) => sasaranBlocks(input, s, programRows, context)),
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
          col("Capaian", 1.7, "right"),
          col("Predikat", 2.1),
        ],
        rows: programRows.map((row) => ({
          cells: [
            titled("Program", row.ownerName),
            input.programs.find((p) => p.code === row.ownerCode)?.sasaranProgram ?? "—",
            row.name,
            withSatuan(row.target, row.satuan),
            withSatuan(row.realisasi, row.satuan),
            row.capaian,
            row.predikat ?? "—",
          ],
        })),
      }),
      heading("bab-3-aktivitas", 2, "Uraian Program dan Kegiatan"),
      ...aktivitasBlocks(input, context),
      allIndicatorTable(input, rows, context),
      heading("bab-3-b", 2, "B. Realisasi Anggaran"),
      ...narrativeBlocks(input, context, "REALISASI_ANGGARAN"),
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

/**
 * Under the IKU table: the capaian is measured against the target in force at the year's end, and each
 * IKU a PK Perubahan changed, from its target awal to each perubahan, with the document.
 */
function targetInForceNote(input: LkipInput): LkipBlock[] {
  const changed = (input.perjanjianKinerja?.sasaran ?? [])
    .flatMap((s) => s.indicators)
    .filter((i) => i.revisions.length > 0);
  if (changed.length === 0) return [];
  return [
    paragraph(
      `Capaian dihitung terhadap target yang berlaku pada ${formatDateLong(yearEnd(input.year))}. ` +
        changed
          .map((iku) => {
            const target = (t: { value: Decimal | null; upper: Decimal | null }) =>
              t.value === null
                ? "—"
                : formatTarget({ value: t.value, upper: iku.isRange ? t.upper : null }, iku.satuan);
            const steps = iku.revisions.map(
              (r) =>
                `menjadi ${target(r)} berdasarkan ${citeRevision(r.document)} (berlaku mulai ${formatDateLong(r.document.berlakuMulai)})`,
            );
            return `Target IKU "${iku.name}" diubah dari target awal ${target(iku.target)} ${steps.join(", lalu ")}.`;
          })
          .join(" "),
    ),
  ];
}
