import Decimal from "decimal.js";
import { describeCapaian } from "@/lib/calc/capaian";
import { evaluateIndicator, type EvaluationSettings } from "@/lib/calc/evaluate-indicator";
import { formatFigure, formatRupiah, formatTarget } from "@/lib/format";
import { periodOfQuarter, type Quarter, QUARTERS } from "@/lib/calc/period";
import {
  formatInputRupiah,
  parseIndonesianDecimal,
  parseRupiah,
  type ParseResult,
} from "@/lib/parse/indonesian-number";
import {
  type GridData,
  type GridIndicator,
  type GridLeaf,
  leavesOf,
  type ParsedEdits,
  toCapaianInput,
} from "./grid-model";

export type CellKind = "RUPIAH" | "DESIMAL";

export type GridCell = {
  key: string;
  kind: CellKind;
  /** Field name used in messages, e.g. "Realisasi TW4 (Rp)". */
  label: string;
  /** The stored value of the quarter as it is typed ("1.234.567"), or "" when none. */
  stored: string;
  version: number | null;
  /** Why the cell cannot take a quarterly value, if it cannot. */
  locked: string | null;
};

export type GridRow =
  | { type: "ANGGARAN"; row: number; programId: string; label: string; leaf: GridLeaf; cell: GridCell }
  | {
      type: "INDIKATOR";
      row: number;
      label: string;
      /** The kode of the sub kegiatan the indicator measures. */
      code: string;
      indicator: GridIndicator;
      cells: GridCell[];
    };

export const ANNUAL_ONLY = "Tahun ini tercatat sebagai total tahunan; tidak diisi per triwulan";

export const showDecimal = (text: string | null) => (text === null ? "" : formatFigure(new Decimal(text)));

function indicatorCells(indicator: GridIndicator, quarter: Quarter): GridCell[] {
  const stored = indicator.realisasi.find((entry) => entry.period === periodOfQuarter(quarter));
  const version = stored?.version ?? null;
  const locked = indicator.realisasi.some((entry) => entry.period === "TAHUNAN") ? ANNUAL_ONLY : null;
  if (indicator.calculation === "RASIO") {
    return [
      {
        key: `pembilang:${indicator.id}`,
        kind: "DESIMAL",
        label: indicator.numeratorLabel ?? "Pembilang",
        stored: showDecimal(stored?.numerator ?? null),
        version,
        locked,
      },
      {
        key: `penyebut:${indicator.id}`,
        kind: "DESIMAL",
        label: indicator.denominatorLabel ?? "Penyebut",
        stored: showDecimal(stored?.denominator ?? null),
        version,
        locked,
      },
    ];
  }
  return [
    {
      key: `nilai:${indicator.id}`,
      kind: "DESIMAL",
      label: `Realisasi TW${quarter} (${indicator.satuan})`,
      stored: showDecimal(stored?.value ?? null),
      version,
      locked,
    },
  ];
}

/** The editable rows of the page in display order, numbered as the planner sees them (from `firstRow`). */
export function listGridRows(data: GridData): GridRow[] {
  const rows: GridRow[] = [];
  const period = periodOfQuarter(data.quarter);
  for (const program of data.programs) {
    for (const kegiatan of program.kegiatan) {
      for (const sub of kegiatan.subKegiatan.filter((s) => s.inScope)) {
        for (const leaf of leavesOf(sub)) {
          const stored = leaf.realisasi.find((entry) => entry.period === period);
          rows.push({
            type: "ANGGARAN",
            row: data.firstRow + rows.length,
            programId: program.id,
            label: `${leaf.code} ${leaf.name}`,
            leaf,
            cell: {
              key: `anggaran:${leaf.id}`,
              kind: "RUPIAH",
              label: `Realisasi TW${data.quarter} (Rp)`,
              stored: stored ? formatInputRupiah(new Decimal(stored.amount)) : "",
              version: stored?.version ?? null,
              locked: leaf.realisasi.some((entry) => entry.period === "TAHUNAN") ? ANNUAL_ONLY : null,
            },
          });
        }
        for (const indicator of sub.indicators) {
          rows.push({
            type: "INDIKATOR",
            row: data.firstRow + rows.length,
            label: `${sub.code} ${indicator.name}`,
            code: sub.code,
            indicator,
            cells: indicatorCells(indicator, data.quarter),
          });
        }
      }
    }
  }
  return rows;
}

/**
 * What the grid prints for an indicator row: its target in force and its capaian through the grid's
 * quarter, evaluated by evaluateIndicator with the values typed so far in place of the stored ones.
 */
export function describeGridIndicator({
  indicator,
  quarter,
  edits,
  settings,
}: {
  indicator: GridIndicator;
  quarter: Quarter;
  edits: ParsedEdits;
  settings: EvaluationSettings;
}): { target: string; capaian: string } {
  const evaluation = evaluateIndicator({
    indicator: toCapaianInput(indicator, quarter, edits),
    throughQuarter: quarter,
    settings,
  });
  return { target: formatTarget(evaluation.target), capaian: describeCapaian(evaluation.capaian) };
}

/** The stored values of the row's quarters before `quarter`, as printed beside its input ("—" when none). */
export function earlierQuarters(row: GridRow, quarter: Quarter): { quarter: Quarter; text: string }[] {
  const figure = (text: string | null) => (text === null ? "—" : formatFigure(new Decimal(text)));
  return QUARTERS.filter((q) => q < quarter).map((q) => {
    const period = periodOfQuarter(q);
    if (row.type === "ANGGARAN") {
      const entry = row.leaf.realisasi.find((e) => e.period === period);
      return { quarter: q, text: entry ? formatRupiah(new Decimal(entry.amount)) : "—" };
    }
    const entry = row.indicator.realisasi.find((e) => e.period === period);
    if (!entry) return { quarter: q, text: "—" };
    const text =
      row.indicator.calculation === "RASIO"
        ? `${figure(entry.numerator)} / ${figure(entry.denominator)}`
        : figure(entry.value);
    return { quarter: q, text };
  });
}

/** The key "Hapus isian" sends: the leaf's amount, or the indicator's entry (value or both ratio parts). */
export const entryKeyOf = (row: GridRow) =>
  row.type === "ANGGARAN" ? `anggaran:${row.leaf.id}` : `indikator:${row.indicator.id}`;

export function cellsOf(row: GridRow): GridCell[] {
  return row.type === "ANGGARAN" ? [row.cell] : row.cells;
}

export function parseCell(kind: CellKind, text: string): ParseResult {
  return kind === "RUPIAH" ? parseRupiah(text) : parseIndonesianDecimal(text);
}

/** "Baris 3 (1.06.04.2.01.0001 Penyediaan Permakanan), Realisasi TW4 (Rp): …" */
export function cellMessage(
  row: { row: number; label: string },
  cell: { label: string },
  message: string,
): string {
  return `Baris ${row.row} (${row.label}), ${cell.label}: ${message}`;
}
