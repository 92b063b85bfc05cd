import ExcelJS from "exceljs";
import Decimal from "decimal.js";
import { narrativeSections, type NarrativeSectionValue } from "@/lib/inputs/narrative";
import { aggregationLabel, calculationLabel, narrativeSectionLabel, polarityLabel } from "@/lib/vocabulary";
import {
  amountField,
  type FieldValue,
  indicatorField,
  periods,
  rencanaField,
  rencanaPeriods,
  renstraTargetField,
  type Snapshot,
  type SnapshotItem,
} from "./snapshot";
import { addNotes, figureCell, illustrativeNote, moneyCell, type OutCell, writeSheet } from "./sheet-writer";
import {
  anggaranColumns,
  indikatorColumns,
  narasiColumns,
  renstraFixedColumns,
  renstraKinds,
  rencanaAksiColumns,
  renstraYearColumns,
  sheetNames,
  TOTAL_KODE,
} from "./template";

export type TemplateSource = {
  snapshot: Snapshot;
  /** Years of the Renstra period covering the OPD-year; null when there is none. */
  renstraYears: number[] | null;
  /** The spreadsheet code of each IKU (by item key). */
  ikuCodes: ReadonlyMap<string, string>;
  /** Illustrative demo data: the workbook opens with a sheet saying so (the import ignores it). */
  illustrative: boolean;
  /** The year's LKIP is FINAL: that sheet also says what is locked and what is the current Renstra. */
  final: boolean;
};

/**
 * The template is the data as it stands, so that importing it unchanged changes nothing, also after the
 * year is reopened. The definitions a FINAL year shares with the other years of its Renstra are written as
 * they are now; the figures as signed are the LKIP's and lkip-tabel.xlsx's.
 */
const finalNote =
  "LKIP tahun ini FINAL: anggaran, realisasi, target dan narasi tahun ini terkunci seperti saat ditetapkan. " +
  "Renstra yang dipakai bersama tahun lain (tujuan, sasaran, nama, satuan dan polaritas IKU, target tahun lain) " +
  "ditulis sebagaimana berlaku sekarang dan dapat berbeda dari LKIP yang ditetapkan; angka yang ditetapkan " +
  "ada di LKIP (PDF) dan lkip-tabel.xlsx.";

const codeOf = (item: SnapshotItem) =>
  item.key
    .slice(item.key.indexOf(":") + 1)
    .split("|")
    .pop()!;
const quarterly = (fields: SnapshotItem["fields"], field: (p: (typeof periods)[number]) => string) =>
  periods.slice(0, 4).some((p) => fields[field(p)] !== null && fields[field(p)] !== undefined);

function budgetRow(item: SnapshotItem, children: SnapshotItem[]): OutCell[] {
  const f = item.fields;
  const isLeaf = (item.level === "SUB_KEGIATAN" && children.length === 0) || item.level === "REKENING";
  const code = item.level === "REKENING" ? codeOf(item) : item.level === "TOTAL" ? TOTAL_KODE : codeOf(item);
  const name = (f.name as FieldValue) ?? "";
  const bidang =
    item.level === "REKENING" || item.level === "TOTAL" ? null : ((f.bidang as FieldValue) ?? null);
  if (!isLeaf) {
    return [
      code,
      item.level === "TOTAL" ? "Total" : name,
      bidang,
      moneyCell(f.reportedPagu),
      null,
      null,
      null,
      null,
      null,
      moneyCell(f.reportedRealisasi),
    ];
  }
  const byQuarter = quarterly(f, amountField);
  const quarters = periods.slice(0, 4).map((p) => (byQuarter ? moneyCell(f[amountField(p)]) : null));
  const total = byQuarter
    ? {
        number: Decimal.sum(0, ...periods.slice(0, 4).map((p) => f[amountField(p)] ?? "0")),
        format: "money" as const,
      }
    : moneyCell(f[amountField("TAHUNAN")]);
  return [code, name, bidang, moneyCell(f.paguAwal), moneyCell(f.paguPerubahan), ...quarters, total];
}

function indicatorRow(code: string, item: SnapshotItem): OutCell[] {
  const f = item.fields;
  const ratio = f.calculation === "RASIO";
  const quarters = (part: "value" | "numerator" | "denominator", show: boolean) =>
    periods.slice(0, 4).map((p) => (show ? figureCell(f[indicatorField(part, p)]) : null));
  const byQuarter =
    quarterly(f, (p) => indicatorField(ratio ? "numerator" : "value", p)) ||
    (ratio && quarterly(f, (p) => indicatorField("denominator", p)));
  return [
    code,
    (f.name as FieldValue) ?? "",
    (f.satuan as FieldValue) ?? null,
    polarityLabel[f.polarity as keyof typeof polarityLabel] ?? null,
    calculationLabel[f.calculation as keyof typeof calculationLabel] ?? null,
    aggregationLabel[f.aggregation as keyof typeof aggregationLabel] ?? null,
    figureCell(f.target),
    figureCell(f.targetPerubahan),
    ...quarters("value", !ratio && byQuarter),
    !ratio && !byQuarter ? figureCell(f[indicatorField("value", "TAHUNAN")]) : null,
    ratio && !byQuarter ? figureCell(f[indicatorField("numerator", "TAHUNAN")]) : null,
    ratio && !byQuarter ? figureCell(f[indicatorField("denominator", "TAHUNAN")]) : null,
    ...quarters("numerator", ratio && byQuarter),
    ...quarters("denominator", ratio && byQuarter),
  ];
}

/** The import template filled with an OPD-year: importing it unchanged changes nothing. */
export function buildTemplateWorkbook({
  snapshot,
  renstraYears,
  ikuCodes,
  illustrative,
  final,
}: TemplateSource): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SAKIP";
  addNotes(workbook, [...(illustrative ? [illustrativeNote] : []), ...(final ? [finalNote] : [])]);
  const items = [...snapshot.values()];
  const childrenOf = (key: string) => items.filter((i) => i.parentKey === key);
  const byCode = (a: SnapshotItem, b: SnapshotItem) =>
    codeOf(a).localeCompare(codeOf(b), undefined, { numeric: true });

  const anggaran: OutCell[][] = [];
  const indicators: OutCell[][] = [];
  // The IKU first, then the programs' and kegiatan's indicators and the sub kegiatan in the budget's order.
  const rencanaIku: OutCell[][] = [];
  const rencana: OutCell[][] = [];
  const plan = (item: SnapshotItem, cell: (value: FieldValue | undefined) => OutCell) =>
    rencanaPeriods.map((period) => cell(item.fields[rencanaField(period)]));
  const addIndicators = (owner: SnapshotItem) => {
    for (const ind of childrenOf(owner.key).filter((i) => i.level === "INDIKATOR")) {
      indicators.push(indicatorRow(codeOf(owner), ind));
      if (owner.level === "PROGRAM" || owner.level === "KEGIATAN")
        rencana.push([codeOf(owner), ind.fields.name ?? "", ...plan(ind, figureCell)]);
    }
    if (owner.level === "SUB_KEGIATAN") rencana.push([codeOf(owner), null, ...plan(owner, moneyCell)]);
  };
  for (const program of items.filter((i) => i.level === "PROGRAM").sort(byCode)) {
    anggaran.push(budgetRow(program, []));
    addIndicators(program);
    for (const kegiatan of childrenOf(program.key)
      .filter((i) => i.level === "KEGIATAN")
      .sort(byCode)) {
      anggaran.push(budgetRow(kegiatan, []));
      addIndicators(kegiatan);
      for (const sub of childrenOf(kegiatan.key)
        .filter((i) => i.level === "SUB_KEGIATAN")
        .sort(byCode)) {
        const rekening = childrenOf(sub.key)
          .filter((i) => i.level === "REKENING")
          .sort(byCode);
        anggaran.push(budgetRow(sub, rekening));
        addIndicators(sub);
        for (const line of rekening) anggaran.push(budgetRow(line, []));
      }
    }
  }
  const total = snapshot.get("TOTAL");
  if (total && (total.fields.reportedPagu !== null || total.fields.reportedRealisasi !== null)) {
    anggaran.push(budgetRow(total, [snapshot.get("TOTAL")!]));
  }

  const renstra: OutCell[][] = [];
  const years = renstraYears ?? [];
  const blankYears = () => renstraYearColumns(years).map(() => null);
  for (const tujuan of items.filter((i) => i.level === "TUJUAN").sort(byCode)) {
    renstra.push([
      codeOf(tujuan),
      renstraKinds.TUJUAN,
      tujuan.fields.text ?? "",
      null,
      null,
      null,
      ...blankYears(),
    ]);
    addIndicators(tujuan);
    for (const sasaran of childrenOf(tujuan.key)
      .filter((i) => i.level === "SASARAN")
      .sort(byCode)) {
      renstra.push([
        codeOf(sasaran),
        renstraKinds.SASARAN,
        sasaran.fields.text ?? "",
        codeOf(tujuan),
        null,
        null,
        ...blankYears(),
      ]);
      addIndicators(sasaran);
      for (const iku of childrenOf(sasaran.key).filter((i) => i.level === "IKU")) {
        const code = ikuCodes.get(iku.key)!;
        const f = iku.fields;
        renstra.push([
          code,
          renstraKinds.IKU,
          f.name ?? "",
          codeOf(sasaran),
          f.satuan ?? null,
          polarityLabel[f.polarity as keyof typeof polarityLabel] ?? null,
          ...years.map((y) => figureCell(f[renstraTargetField(y)])),
          ...years.map(() => null),
        ]);
        indicators.push(indicatorRow(code, iku));
        rencanaIku.push([code, f.name ?? "", ...plan(iku, figureCell)]);
      }
    }
  }

  // Narratives in the order of the report; a section's owner by its kode.
  const sectionOrder = (item: SnapshotItem) =>
    narrativeSections.indexOf(item.fields.section as NarrativeSectionValue);
  const narasi = items
    .filter((i) => i.level === "NARASI")
    .sort((a, b) => sectionOrder(a) - sectionOrder(b) || byCode(a, b))
    .map((item): OutCell[] => [
      narrativeSectionLabel[item.fields.section as NarrativeSectionValue],
      codeOf(item) || null,
      item.fields.body ?? "",
    ]);

  writeSheet(workbook, sheetNames.anggaran, anggaranColumns, anggaran);
  writeSheet(workbook, sheetNames.indikator, indikatorColumns, indicators);
  if (renstraYears)
    writeSheet(workbook, sheetNames.renstra, [...renstraFixedColumns, ...renstraYearColumns(years)], renstra);
  writeSheet(workbook, sheetNames.narasi, narasiColumns, narasi);
  writeSheet(workbook, sheetNames.rencanaAksi, rencanaAksiColumns, [...rencanaIku, ...rencana]);
  return workbook;
}
