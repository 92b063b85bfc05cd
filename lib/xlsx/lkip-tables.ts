import ExcelJS from "exceljs";
import { listBudgetRows, type BudgetNodeResult } from "@/lib/calc/budget";
import { describeCapaian } from "@/lib/calc/capaian";
import type { EvaluatedCheckInput } from "@/lib/calc/checks-indicator";
import { PERCENT_DECIMALS, formatTarget } from "@/lib/format";
import { levelTitle } from "@/lib/vocabulary";
import { addNotes, illustrativeNote, type OutCell, writeSheet } from "./sheet-writer";

const indent = (depth: number, text: string) => `${"  ".repeat(Math.max(0, depth - 1))}${text}`;

/**
 * The engine's evaluation as cells: a single target, the realisasi and the capaian as numbers; a RENTANG
 * target as the text every other surface prints ("2–5").
 */
function indicatorSheetRows(indicators: readonly EvaluatedCheckInput[]): OutCell[][] {
  return indicators.map((indicator) => {
    const { target, realisasi, capaian, predikat } = indicator.evaluation;
    return [
      indicator.code,
      indicator.ownerName,
      indicator.name,
      indicator.satuan,
      !target ? null : target.upper ? formatTarget(target) : { number: target.value, format: "figure" },
      realisasi.status === "OK"
        ? {
            number: realisasi.value.toDecimalPlaces(realisasi.ratio ? PERCENT_DECIMALS : 4),
            format: "figure",
          }
        : null,
      capaian.status === "OK"
        ? { number: capaian.capaian.toDecimalPlaces(PERCENT_DECIMALS), format: "percent" }
        : describeCapaian(capaian),
      predikat?.label ?? null,
    ];
  });
}

/**
 * The LKIP's tables as a workbook: realisasi anggaran per level, capaian of the program and kegiatan
 * indicators, and the IKU; every figure computed by lib/calc from the stored leaves, as numbers.
 */
export function buildLkipTablesWorkbook(args: {
  rollup: BudgetNodeResult;
  /** Evaluated by the engine (through TW IV for the LKIP). */
  indicators: readonly EvaluatedCheckInput[];
  illustrative: boolean;
}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SAKIP";
  addNotes(workbook, args.illustrative ? [illustrativeNote] : []);
  const budget: OutCell[][] = listBudgetRows(args.rollup).map(({ depth, node }) => [
    node.level === "OPD" ? "" : node.code,
    indent(depth, node.level === "OPD" ? `Total ${node.name}` : node.name),
    levelTitle(node.level),
    { number: node.pagu, format: "money" },
    node.realisasi.status === "KNOWN" ? { number: node.realisasi.value, format: "money" } : "tidak diketahui",
    node.serapan.status === "OK" ? { number: node.serapan.value.toDecimalPlaces(2), format: "percent" } : "—",
    node.sisaAnggaran.status === "KNOWN" ? { number: node.sisaAnggaran.value, format: "money" } : "—",
  ]);
  writeSheet(
    workbook,
    "Realisasi Anggaran",
    ["Kode", "Uraian", "Tingkat", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)", "Sisa Anggaran (Rp)"],
    budget,
  );
  const headers = [
    "Kode",
    "Program / Kegiatan",
    "Indikator",
    "Satuan",
    "Target",
    "Realisasi",
    "Capaian (%)",
    "Predikat",
  ];
  const programs = args.indicators.filter((i) => i.level === "PROGRAM" || i.level === "KEGIATAN");
  writeSheet(workbook, "Capaian Program & Kegiatan", headers, indicatorSheetRows(programs));
  const iku = args.indicators.filter((i) => i.level === "SASARAN");
  writeSheet(workbook, "IKU", ["Kode", "Sasaran", ...headers.slice(2)], indicatorSheetRows(iku));
  return workbook;
}
