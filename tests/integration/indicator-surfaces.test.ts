import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import type { Quarter } from "@/lib/calc/period";
import { formatFigure, formatPercent, withSatuan } from "@/lib/format";
import { fromGridSettings } from "@/lib/grid/grid-model";
import { describeGridIndicator, listGridRows } from "@/lib/grid/grid-rows";
import type { LkipTable } from "@/lib/lkip/document-model";
import { fillFigureTokens, buildNarrativeFigures } from "@/lib/calc/figure-tokens";
import { perjanjianKinerjaTables } from "@/lib/pk/perjanjian-kinerja-text";
import { loadOpdDashboard } from "@/lib/server/dashboard/load-opd-dashboard";
import { loadPohonKinerja } from "@/lib/server/dashboard/load-pohon-kinerja";
import { loadProgramDetail } from "@/lib/server/dashboard/load-program-detail";
import { db } from "@/lib/server/db";
import { loadIndicatorEditor } from "@/lib/server/indicators/load-indicator-editor";
import { getLkipPdf, getLkipScreenDocument } from "@/lib/server/lkip/get-lkip-pdf";
import { getOpdYearEvaluation } from "@/lib/server/opd-year/load-opd-year";
import { findOpdYearContext, type OpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadPerjanjianKinerja } from "@/lib/server/pk/load-perjanjian-kinerja";
import { loadRealisasiGrid } from "@/lib/server/realisasi/load-realisasi-grid";
import { toIndicatorRows } from "@/lib/views/indicator-rows";
import { buildLkipTablesWorkbook } from "@/lib/xlsx/lkip-tables";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { principalOf } from "./fixtures";
import { extractPdfText } from "./pdf-text";

// Three indicators unlike the demo's, each stored twice with the same figures: as the IKU of a sasaran
// of its own (screen, dashboard, pohon kinerja, LKIP, workbook, narrative tokens, Perjanjian Kinerja)
// and as an output indicator of a sub kegiatan (the quarterly grid, the program page, the LKIP's table
// of every indicator). Every surface must print the same target and capaian.

type Kind = {
  key: string;
  name: string;
  satuan: string;
  polarity: "POSITIF" | "NEGATIF" | "RENTANG";
  calculation: "LANGSUNG" | "RASIO";
  aggregation: "JUMLAH" | "TERAKHIR" | "RATA_RATA";
  target: Record<string, string>;
  realisasi: {
    period: "TW1" | "TW2" | "TW3" | "TW4";
    value?: string;
    numerator?: string;
    denominator?: string;
  }[];
  /** What every surface prints (without the satuan; with it where the surface adds it). */
  printed: { target: string; realisasi: string; capaian: string; predikat: string };
};

const reason = "PK Perubahan: sasaran kasus diturunkan";
const kinds: Kind[] = [
  {
    key: "rentang",
    name: "Rata-rata lama rehabilitasi uji",
    satuan: "hari",
    polarity: "RENTANG",
    calculation: "LANGSUNG",
    aggregation: "RATA_RATA",
    target: { target: "2", targetUpper: "5" },
    // (3 + 5) / 2 = 4, inside 2–5.
    realisasi: [
      { period: "TW1", value: "3" },
      { period: "TW2", value: "5" },
    ],
    printed: { target: "2–5", realisasi: "4", capaian: "100,00 %", predikat: "Sangat Tinggi" },
  },
  {
    key: "negatif",
    name: "Kasus penelantaran anak uji",
    satuan: "kasus",
    polarity: "NEGATIF",
    calculation: "LANGSUNG",
    aggregation: "JUMLAH",
    target: { target: "12", targetPerubahan: "10", perubahanReason: reason },
    // 4 + 4 + 3 = 11 against the perubahan 10: (2 × 10 − 11) / 10 = 90 %.
    realisasi: [
      { period: "TW1", value: "4" },
      { period: "TW2", value: "4" },
      { period: "TW3", value: "3" },
    ],
    printed: { target: "10", realisasi: "11", capaian: "90,00 %", predikat: "Tinggi" },
  },
  {
    key: "rasio",
    name: "Persentase PPKS tertangani uji",
    satuan: "%",
    polarity: "POSITIF",
    calculation: "RASIO",
    aggregation: "TERAKHIR",
    target: { target: "91.5" },
    // The latest quarter: 13.415 / 14.460 = 92,77 %, against 91,5: 101,39 %.
    realisasi: [
      { period: "TW2", numerator: "600", denominator: "1000" },
      { period: "TW4", numerator: "13415", denominator: "14460" },
    ],
    printed: { target: "91,5", realisasi: "92,77", capaian: "101,39 %", predikat: "Sangat Tinggi" },
  },
];

let planner: Principal;
let context: OpdYearContext;
let programId: string;
/** kind key → the IKU's id and the sub kegiatan indicator's id. */
const ids = new Map<string, { iku: string; output: string }>();
const sasaranCode = (i: number) => `S9.${i + 1}`;

const withUnit = (kind: Kind, text: string) => withSatuan(text, kind.satuan);

beforeAll(async () => {
  await loadDemo(db, serang2022);
  planner = await principalOf("perencana.dinsos@sakip.demo");
  context = (await findOpdYearContext(planner, "dinsos-serang", "2022"))!;
  const { pemdaId } = context.opd;
  const tujuan = await db.tujuan.findFirstOrThrow({
    where: { periode: { opdId: context.opd.id }, code: "T1" },
  });
  const sub = await db.subKegiatan.findFirstOrThrow({
    where: { opdId: context.opd.id, year: 2022 },
    orderBy: { code: "asc" },
    include: { kegiatan: true },
  });
  programId = sub.kegiatan.programId;

  for (const [i, kind] of kinds.entries()) {
    const sasaran = await db.sasaran.create({
      data: { pemdaId, tujuanId: tujuan.id, code: sasaranCode(i), text: `Sasaran uji ${kind.key}` },
    });
    const definition = {
      pemdaId,
      name: kind.name,
      satuan: kind.satuan,
      polarity: kind.polarity,
      calculation: kind.calculation,
      aggregation: kind.aggregation,
      ...(kind.calculation === "RASIO" ? { numeratorLabel: "Ditangani", denominatorLabel: "Jumlah" } : {}),
      targets: { create: { pemdaId, year: 2022, ...kind.target } },
      realisasi: { create: kind.realisasi.map((r) => ({ pemdaId, year: 2022, ...r })) },
    };
    const iku = await db.indikator.create({
      data: { ...definition, level: "SASARAN", sasaranId: sasaran.id, isIku: true },
    });
    const output = await db.indikator.create({
      data: { ...definition, level: "SUB_KEGIATAN", subKegiatanId: sub.id, position: 10 + i },
    });
    ids.set(kind.key, { iku: iku.id, output: output.id });
  }

  // The narrative names the figures by token; the LKIP prints them filled in.
  const tokens = kinds
    .map(
      (kind, i) =>
        `Uji ${kind.key}: target {target_iku:${sasaranCode(i)}}, realisasi {realisasi_iku:${sasaranCode(i)}}, ` +
        `capaian {capaian_iku:${sasaranCode(i)}} ({predikat_iku:${sasaranCode(i)}}).`,
    )
    .join("\n\n");
  await db.narrative.updateMany({
    where: { laporanId: context.laporan.id, section: "KESIMPULAN" },
    data: { body: tokens },
  });
});

/** What a spreadsheet shows of a cell: numbers in their Indonesian display format. */
function shown(cell: ExcelJS.Cell): string {
  if (typeof cell.value !== "number") return String(cell.value ?? "");
  const value = new Decimal(String(cell.value));
  return cell.numFmt === '0.00" %"' ? formatPercent(value) : formatFigure(value);
}

describe.each(kinds.map((kind, index) => ({ ...kind, index })))("a $key indicator", (kind) => {
  const { printed } = kind;
  const iku = () => ids.get(kind.key)!.iku;
  const output = () => ids.get(kind.key)!.output;

  it("the OPD page's indicator table and the program page print the engine's evaluation", async () => {
    const { indicators } = await getOpdYearEvaluation(context, 4);
    const [row] = toIndicatorRows(indicators.filter((i) => i.id === iku()));
    expect(row).toMatchObject({ satuan: kind.satuan, ...printed });

    const program = (await loadProgramDetail(context, programId, "4"))!;
    expect(program.indicators.find((i) => i.id === output())).toMatchObject(printed);
  });

  it("the dashboard, the pohon kinerja and the indicator editor print the same target and capaian", async () => {
    const dashboard = await loadOpdDashboard(context, "4");
    const card = dashboard.iku.find((i) => i.id === iku())!;
    expect([card.target, card.realisasi, card.capaian.text, card.capaian.predikat]).toEqual([
      withUnit(kind, printed.target),
      withUnit(kind, printed.realisasi),
      printed.capaian,
      printed.predikat,
    ]);

    const { tree } = await loadPohonKinerja(context, "4");
    const sasaran = tree.flatMap((t) => t.children).find((s) => s.code === sasaranCode(kind.index))!;
    expect(sasaran.indicators[0]).toMatchObject({
      target: withUnit(kind, printed.target),
      realisasi: withUnit(kind, printed.realisasi),
      capaian: { text: printed.capaian, predikat: printed.predikat },
    });

    const editor = await loadIndicatorEditor(context);
    const shownInEditor = editor
      .flatMap((g) => g.owners.flatMap((o) => o.indicators))
      .find((i) => i.id === output())!;
    expect(shownInEditor.shown).toMatchObject({
      targetInForce: withUnit(kind, printed.target),
      realisasi: withUnit(kind, printed.realisasi),
      capaian: printed.capaian,
      predikat: printed.predikat,
    });
  });

  it.each<Quarter>([4])("the quarterly grid (TW%s) prints the same target and capaian", async (quarter) => {
    const { data: grid } = await loadRealisasiGrid({ ...context, quarter });
    const row = listGridRows(grid).find((r) => r.type === "INDIKATOR" && r.indicator.id === output());
    if (row?.type !== "INDIKATOR") throw new Error("no grid row");
    expect(
      describeGridIndicator({
        indicator: row.indicator,
        quarter,
        edits: new Map(),
        settings: fromGridSettings(grid.settings),
      }),
    ).toEqual({ target: printed.target, capaian: printed.capaian });
  });

  it("the LKIP tables workbook holds the same figures", async () => {
    const evaluation = await getOpdYearEvaluation(context, 4);
    const buffer = await buildLkipTablesWorkbook({ ...evaluation, illustrative: false }).xlsx.writeBuffer();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
    const sheet = workbook.getWorksheet("IKU")!;
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => rows.push(row));
    const row = rows.find((r) => r.getCell(3).value === kind.name)!;
    expect([4, 5, 6, 7, 8].map((c) => shown(row.getCell(c)))).toEqual([
      kind.satuan,
      printed.target,
      printed.realisasi,
      printed.capaian,
      printed.predikat,
    ]);
    // A single target stays a number a spreadsheet can compute with; a range is the text "2–5".
    expect(typeof row.getCell(5).value).toBe(kind.polarity === "RENTANG" ? "string" : "number");
  });

  it("the narrative tokens print the same figures", async () => {
    const { rollup, indicators } = await getOpdYearEvaluation(context, 4);
    const figures = buildNarrativeFigures({ rollup, indicators, year: 2022, opdName: context.opd.name });
    const code = sasaranCode(kind.index);
    expect(
      fillFigureTokens(
        `{target_iku:${code}} | {realisasi_iku:${code}} | {capaian_iku:${code}} | {predikat_iku:${code}}`,
        figures.tokens,
      ).text,
    ).toBe(
      [
        withUnit(kind, printed.target),
        withUnit(kind, printed.realisasi),
        printed.capaian,
        printed.predikat,
      ].join(" | "),
    );
  });
});

describe("the LKIP", () => {
  let text: string;
  let tables: LkipTable[];

  beforeAll(async () => {
    const pdf = (await getLkipPdf(context, { generatedBy: planner.name }))!;
    text = (await extractPdfText(pdf.bytes)).join("\n");
    const document = await getLkipScreenDocument(context, { generatedBy: null, finalNote: null });
    tables = document.chapters.flatMap((c) => c.blocks).filter((b): b is LkipTable => b.kind === "table");
  });

  it.each(kinds)("prints the $key IKU and output indicator with the same target and capaian", (kind) => {
    const { printed } = kind;
    const cells = [kind.satuan, printed.target, printed.realisasi, printed.capaian, printed.predikat];
    const row = (id: string) =>
      tables.find((t) => t.id === id)!.rows.find((r) => r.cells.includes(kind.name));
    expect(row("tabel-iku")?.cells.slice(2)).toEqual(cells);
    expect(row("tabel-indikator-semua")?.cells.slice(2)).toEqual(cells);

    // In the PDF the cells follow each other in drawing order: the IKU table and the table of every indicator.
    // A cell's text may wrap: any space may be a line break.
    const words = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
    const pattern = new RegExp([kind.name, ...cells].map(words).join("\\s*"), "g");
    expect(text.match(pattern)?.length).toBe(2);
  });

  it.each(kinds)("fills the narrative's tokens of the $key IKU in the PDF", (kind) => {
    const { printed } = kind;
    const sentence =
      `Uji ${kind.key}: target ${withUnit(kind, printed.target)}, realisasi ${withUnit(kind, printed.realisasi)}, ` +
      `capaian ${printed.capaian} (${printed.predikat}).`;
    expect(text.replace(/\s+/g, " ")).toContain(sentence);
  });

  it("prints in Lampiran I the Perjanjian Kinerja's own lines, ranges and target perubahan included", async () => {
    const pk = perjanjianKinerjaTables((await loadPerjanjianKinerja(context))!);
    const lampiran = {
      sasaran: tables.find((t) => t.id === "tabel-pk-sasaran")!,
      programs: tables.find((t) => t.id === "tabel-pk-program")!,
    };
    for (const key of ["sasaran", "programs"] as const) {
      expect(lampiran[key].title).toBe(pk[key].title);
      expect(lampiran[key].columns.map((c) => c.header)).toEqual(pk[key].columns);
      expect(lampiran[key].rows.map((r) => r.cells)).toEqual(
        pk[key].lines.map((line) => [
          line.span > 0 ? line.number : "",
          line.span > 0 ? [line.owner, line.ownerNote].filter(Boolean).join("\n") : "",
          line.indicator,
          line.target.join("\n"),
          ...(pk[key].total ? [line.span > 0 ? line.pagu! : ""] : []),
        ]),
      );
    }
    const targets = Object.fromEntries(pk.sasaran.lines.map((l) => [l.indicator, l.target]));
    expect(targets[kinds[0]!.name]).toEqual(["2–5 hari"]);
    expect(targets[kinds[1]!.name]).toEqual(["12 kasus", `Target perubahan: 10 kasus — alasan: ${reason}`]);
    expect(targets[kinds[2]!.name]).toEqual(["91,5 %"]);
    for (const line of Object.values(targets).flat()) expect(text.replace(/\s+/g, " ")).toContain(line);
  });
});
