import { listBudgetRows, type BudgetNodeResult } from "@/lib/calc/budget";
import { formatDateLong, formatTarget, withSatuan } from "@/lib/format";
import { toIndicatorRows } from "@/lib/views/indicator-rows";
import type { LkipBlock, LkipChapter, LkipRow } from "../document-model";
import type { LkipInput } from "../lkip-input";
import { budgetRow, col, heading, money, paragraph, table, type ChapterContext } from "./blocks";
import { ikuYears } from "./iku";

const countLevel = (node: BudgetNodeResult, level: string) =>
  listBudgetRows(node).filter((row) => row.node.level === level).length;

/** "5 kegiatan, 19 sub kegiatan" */
export const countsOf = (node: BudgetNodeResult) =>
  `${countLevel(node, "KEGIATAN")} kegiatan, ${countLevel(node, "SUB_KEGIATAN")} sub kegiatan`;

/**
 * Tabel 2.1: tujuan → sasaran → IKU with the target of every year of the Renstra period: the target in
 * force where the year has one, else the Renstra's.
 */
function renstraTable(input: LkipInput, context: ChapterContext): LkipBlock {
  const periode = input.renstra.periode;
  const years = periode
    ? Array.from({ length: periode.endYear - periode.startYear + 1 }, (_, i) => periode.startYear + i)
    : [];
  const rows: LkipRow[] = input.renstra.tujuan.flatMap((tujuan) =>
    tujuan.sasaran.flatMap((sasaran) =>
      sasaran.iku.map((iku) => {
        const evaluated = ikuYears(iku, input.evaluation.settings);
        return {
          cells: [
            `${tujuan.code} ${tujuan.text}`,
            `${sasaran.code} ${sasaran.text}`,
            iku.name,
            iku.satuan,
            ...years.map((year) => {
              const y = evaluated.find((entry) => entry.year === year);
              const renstra = y?.targetRenstra ? { value: y.targetRenstra, upper: null } : null;
              return formatTarget(y?.target ?? renstra);
            }),
          ],
        };
      }),
    ),
  );
  return table({
    id: "tabel-renstra",
    number: context.nextTable("Tabel 2"),
    title: periode
      ? `Tujuan, Sasaran Strategis dan Indikator Kinerja Utama beserta Target Tahun ${periode.startYear}–${periode.endYear}`
      : "Tujuan, Sasaran Strategis dan Indikator Kinerja Utama",
    columns: [
      col("Tujuan", 3),
      col("Sasaran Strategis", 3),
      col("Indikator Kinerja Utama", 4),
      col("Satuan", 1.2, "center"),
      ...years.map((year) => col(`Target ${year}`, 1.2, "right")),
    ],
    rows,
    landscape: years.length > 3,
  });
}

/** BAB II Perencanaan Kinerja: Renstra, programs with their indicators, kegiatan and pagu, the PK. */
export function babPerencanaan(input: LkipInput, context: ChapterContext): LkipChapter {
  const { rollup, indicators } = input.evaluation;
  const programIndicators = toIndicatorRows(indicators.filter((i) => i.level === "PROGRAM"));
  const meta = (code: string) => input.programs.find((p) => p.code === code);
  const pk = input.perjanjianKinerja;

  return {
    id: "bab-2",
    title: "BAB II PERENCANAAN KINERJA",
    kind: "BODY",
    blocks: [
      heading("bab-2", 1, "BAB II PERENCANAAN KINERJA"),
      heading("bab-2-1", 2, "2.1 Rencana Strategis"),
      paragraph(
        input.renstra.periode
          ? `Rencana Strategis ${input.opd.name} periode ${input.renstra.periode.startYear}–${input.renstra.periode.endYear} ` +
              `menetapkan ${input.renstra.tujuan.length} tujuan dan ` +
              `${input.renstra.tujuan.reduce((n, t) => n + t.sasaran.length, 0)} sasaran strategis, masing-masing ` +
              `diukur dengan Indikator Kinerja Utama (IKU) yang targetnya ditetapkan setiap tahun.`
          : `Rencana Strategis yang mencakup tahun ${input.year} belum dicatat.`,
      ),
      renstraTable(input, context),
      heading("bab-2-2", 2, "2.2 Program, Sasaran Program dan Indikator Kinerja Program"),
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
              `${program.code} ${program.name}`,
              meta(program.code)?.sasaranProgram ?? "—",
              own.map((i) => i.name).join("; ") || "—",
              own.map((i) => withSatuan(i.target, i.satuan)).join("; ") || "—",
            ],
          };
        }),
      }),
      heading("bab-2-3", 2, "2.3 Program, Kegiatan dan Anggaran"),
      table({
        id: "tabel-kegiatan",
        number: context.nextTable("Tabel 2"),
        title: `Program, Kegiatan dan Anggaran Tahun ${input.year}`,
        columns: [col("Kode", 1.8), col("Program / Kegiatan", 7), col("Anggaran (Rp)", 2.2, "right")],
        indent: 1,
        rows: rollup.children.flatMap((program) => [
          budgetRow(program, 0, [program.code, program.name, money(program.pagu)]),
          ...program.children.map((kegiatan) =>
            budgetRow(kegiatan, 1, [kegiatan.code, kegiatan.name, money(kegiatan.pagu)], 1),
          ),
        ]),
        total: { cells: ["", "Jumlah", money(rollup.pagu)] },
      }),
      heading("bab-2-4", 2, `2.4 Perjanjian Kinerja Tahun ${input.year}`),
      paragraph(
        pk
          ? `Perjanjian Kinerja tahun ${input.year} antara ${pk.record.signerTitle} dan ${pk.record.counterpartTitle} ` +
              (pk.record.signedAt
                ? `ditandatangani pada ${formatDateLong(pk.record.signedAt)}. `
                : "belum ditandatangani. ") +
              `Target di dalamnya adalah target indikator sasaran dan program tahun ${input.year}; dokumennya ` +
              `tersaji dalam Lampiran I.`
          : `Perjanjian Kinerja tahun ${input.year} belum dicatat.`,
      ),
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
    ],
  };
}
