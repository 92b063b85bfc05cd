import ExcelJS from "exceljs";
import { listBudgetRows, type BudgetNodeResult } from "@/lib/calc/budget";
import { calculateCapaian, describeCapaian } from "@/lib/calc/capaian";
import type { IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import { aggregateIndicatorRealisasi } from "@/lib/calc/indicator-realisasi";
import type { Quarter } from "@/lib/calc/period";
import { determinePredikat } from "@/lib/calc/predikat";
import type { CalcSettings } from "@/lib/calc/settings";
import { levelTitle } from "@/lib/vocabulary";
import { noteIllustrative, type OutCell, writeSheet } from "./sheet-writer";

const indent = (depth: number, text: string) => `${"  ".repeat(Math.max(0, depth - 1))}${text}`;

function indicatorSheetRows(
  indicators: readonly IndicatorCheckInput[],
  throughQuarter: Quarter,
  settings: CalcSettings,
): OutCell[][] {
  return indicators.map((indicator) => {
    const result = calculateCapaian({ indicator, throughQuarter, cap: settings.capaianCap });
    const target = indicator.target.perubahan ?? indicator.target.value;
    const realisasi = aggregateIndicatorRealisasi({
      ...indicator,
      entries: indicator.realisasi,
      throughQuarter,
    });
    return [
      indicator.code,
      indicator.ownerName,
      indicator.name,
      indicator.satuan,
      target ? { number: target, format: "figure" } : null,
      realisasi.status === "OK" ? { number: realisasi.value.toDecimalPlaces(4), format: "figure" } : null,
      result.status === "OK"
        ? { number: result.capaian.toDecimalPlaces(2), format: "percent" }
        : describeCapaian(result),
      result.status === "OK"
        ? determinePredikat({ capaian: result.capaian, scale: settings.predikatScale }).label
        : null,
    ];
  });
}

/**
 * The LKIP's tables as a workbook: realisasi anggaran per level, capaian of the program and kegiatan
 * indicators, and the IKU; every figure computed by lib/calc from the stored leaves, as numbers.
 */
export function buildLkipTablesWorkbook(args: {
  rollup: BudgetNodeResult;
  indicators: readonly IndicatorCheckInput[];
  settings: CalcSettings;
  throughQuarter: Quarter;
  illustrative: boolean;
}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SAKIP";
  if (args.illustrative) noteIllustrative(workbook);
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
  writeSheet(
    workbook,
    "Capaian Program & Kegiatan",
    headers,
    indicatorSheetRows(programs, args.throughQuarter, args.settings),
  );
  const iku = args.indicators.filter((i) => i.level === "SASARAN");
  writeSheet(
    workbook,
    "IKU",
    ["Kode", "Sasaran", ...headers.slice(2)],
    indicatorSheetRows(iku, args.throughQuarter, args.settings),
  );
  return workbook;
}
