import Decimal from "decimal.js";
import type { BudgetNodeInput } from "@/lib/calc/budget";
import type { CapaianInput } from "@/lib/calc/capaian";
import type { EvaluationSettings } from "@/lib/calc/evaluate-indicator";
import type { Period, Quarter } from "@/lib/calc/period";
import { periodOfQuarter } from "@/lib/calc/period";
import { predikatScaleSchema, serializePredikatScale } from "@/lib/calc/predikat";

/**
 * The quarterly entry grid's data: the OPD-year's budget tree (all of it, so program and OPD totals can be
 * recomputed as the planner types) with the planner's editable leaves marked. Plain strings only: it
 * crosses from the server to the browser, where lib/calc recomputes everything.
 */
export type GridEntry = { period: Period; amount: string; version: number };

export type GridIndicator = {
  id: string;
  name: string;
  satuan: string;
  polarity: CapaianInput["polarity"];
  calculation: CapaianInput["calculation"];
  aggregation: CapaianInput["aggregation"];
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  target: {
    value: string | null;
    upper: string | null;
    perubahan: string | null;
    upperPerubahan: string | null;
  };
  realisasi: {
    period: Period;
    value: string | null;
    numerator: string | null;
    denominator: string | null;
    version: number;
  }[];
};

export type GridLeaf = {
  id: string;
  kind: "SUB_KEGIATAN" | "REKENING";
  code: string;
  name: string;
  paguAwal: string | null;
  paguPerubahan: string | null;
  realisasi: GridEntry[];
};

export type GridSubKegiatan = GridLeaf & {
  kind: "SUB_KEGIATAN";
  /** Within the planner's bidang: shown as grid rows. */
  inScope: boolean;
  rekening: GridLeaf[];
  indicators: GridIndicator[];
};

export type GridData = {
  opd: { id: string; name: string };
  year: number;
  quarter: Quarter;
  editable: boolean;
  /** The Pemda's capaian cap and predikat scale as plain data, applied in the browser as on the server. */
  settings: GridSettings;
  programs: {
    id: string;
    code: string;
    name: string;
    kegiatan: { id: string; code: string; name: string; subKegiatan: GridSubKegiatan[] }[];
  }[];
};

/** EvaluationSettings as plain data: the cap as decimal text, the scale as serializePredikatScale gives it. */
export type GridSettings = {
  capaianCap: string | null;
  predikatScale: ReturnType<typeof serializePredikatScale>;
};

export function toGridSettings(settings: EvaluationSettings): GridSettings {
  return {
    capaianCap: settings.capaianCap?.toString() ?? null,
    predikatScale: serializePredikatScale(settings.predikatScale),
  };
}

export function fromGridSettings(settings: GridSettings): EvaluationSettings {
  return {
    capaianCap: settings.capaianCap === null ? null : new Decimal(settings.capaianCap),
    predikatScale: predikatScaleSchema.parse(settings.predikatScale),
  };
}

export type ParsedEdits = Map<string, Decimal>;

const decimalOrNull = (text: string | null) => (text === null ? null : new Decimal(text));

/** The budget leaves of a sub kegiatan: its rekening lines, or itself. */
export function leavesOf(sub: GridSubKegiatan): GridLeaf[] {
  return sub.rekening.length > 0 ? sub.rekening : [sub];
}

function leafInput(
  leaf: GridLeaf,
  quarter: Quarter,
  edits: ParsedEdits,
  children: BudgetNodeInput[] = [],
): BudgetNodeInput {
  const period = periodOfQuarter(quarter);
  const typed = edits.get(`anggaran:${leaf.id}`);
  const stored = leaf.realisasi
    .filter((entry) => !(typed && entry.period === period))
    .map((entry) => ({ period: entry.period, amount: new Decimal(entry.amount) }));
  return {
    id: leaf.id,
    level: leaf.kind,
    code: leaf.code,
    name: leaf.name,
    paguAwal: children.length ? null : decimalOrNull(leaf.paguAwal),
    paguPerubahan: children.length ? null : decimalOrNull(leaf.paguPerubahan),
    realisasi: children.length ? [] : typed ? [...stored, { period, amount: typed }] : stored,
    children,
  };
}

/** The whole OPD budget as the engine's input, with the typed amounts of `quarter` in place of the stored ones. */
export function toBudgetInput(data: GridData, edits: ParsedEdits): BudgetNodeInput {
  return {
    id: data.opd.id,
    level: "OPD",
    code: "",
    name: data.opd.name,
    children: data.programs.map((program) => ({
      id: program.id,
      level: "PROGRAM",
      code: program.code,
      name: program.name,
      children: program.kegiatan.map((kegiatan) => ({
        id: kegiatan.id,
        level: "KEGIATAN",
        code: kegiatan.code,
        name: kegiatan.name,
        children: kegiatan.subKegiatan.map((sub) =>
          leafInput(
            sub,
            data.quarter,
            edits,
            sub.rekening.map((rekening) => leafInput(rekening, data.quarter, edits)),
          ),
        ),
      })),
    })),
  };
}

/** An indicator as the capaian engine's input, with the typed value of `quarter` in place of the stored one. */
export function toCapaianInput(indicator: GridIndicator, quarter: Quarter, edits: ParsedEdits): CapaianInput {
  const period = periodOfQuarter(quarter);
  const typed =
    indicator.calculation === "RASIO"
      ? edits.has(`pembilang:${indicator.id}`) || edits.has(`penyebut:${indicator.id}`)
        ? {
            numerator: edits.get(`pembilang:${indicator.id}`) ?? null,
            denominator: edits.get(`penyebut:${indicator.id}`) ?? null,
          }
        : null
      : edits.has(`nilai:${indicator.id}`)
        ? { value: edits.get(`nilai:${indicator.id}`)! }
        : null;
  const stored = indicator.realisasi
    .filter((entry) => !(typed && entry.period === period))
    .map((entry) => ({
      period: entry.period,
      value: decimalOrNull(entry.value),
      numerator: decimalOrNull(entry.numerator),
      denominator: decimalOrNull(entry.denominator),
    }));
  return {
    polarity: indicator.polarity,
    calculation: indicator.calculation,
    aggregation: indicator.aggregation,
    target: {
      value: decimalOrNull(indicator.target.value),
      upper: decimalOrNull(indicator.target.upper),
      perubahan: decimalOrNull(indicator.target.perubahan),
      upperPerubahan: decimalOrNull(indicator.target.upperPerubahan),
    },
    realisasi: typed ? [...stored, { period, ...typed }] : stored,
  };
}
