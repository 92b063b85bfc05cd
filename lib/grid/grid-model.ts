import Decimal from "decimal.js";
import { type BudgetNodeInput, type BudgetSummary, rollupBudget } from "@/lib/calc/budget";
import { parseEvaluation, serializeEvaluation } from "@/lib/calc/serialize-evaluation";
import { matchesSearch, type PageInfo, pageInfo, SUB_KEGIATAN_PER_PAGE } from "@/lib/views/page-of-tree";
import type { CapaianInput } from "@/lib/calc/capaian";
import type { EvaluationSettings } from "@/lib/calc/evaluate-indicator";
import type { Period, Quarter } from "@/lib/calc/period";
import { periodOfQuarter } from "@/lib/calc/period";
import { predikatScaleSchema, serializePredikatScale } from "@/lib/calc/predikat";

/**
 * The quarterly entry grid's data: one page of the OPD-year's budget tree with the planner's editable
 * leaves marked, and per program the rolled-up figures of its leaves off the page, so program and OPD
 * totals can be recomputed as the planner types. Plain strings only: it crosses from the server to the
 * browser, where lib/calc recomputes everything.
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
  /** The number of the page's first row among all the planner's rows (1 on the first page). */
  firstRow: number;
  /** Every program; its kegiatan and sub kegiatan those of the page. */
  programs: GridProgram[];
};

export type GridProgram = {
  id: string;
  code: string;
  name: string;
  kegiatan: { id: string; code: string; name: string; subKegiatan: GridSubKegiatan[] }[];
  /** The program's sub kegiatan off the page, rolled up (a BudgetSummary as serializeEvaluation writes it). */
  rest: string | null;
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

function subKegiatanInput(sub: GridSubKegiatan, quarter: Quarter, edits: ParsedEdits): BudgetNodeInput {
  return leafInput(
    sub,
    quarter,
    edits,
    sub.rekening.map((rekening) => leafInput(rekening, quarter, edits)),
  );
}

/** The OPD budget as the engine's input, with the typed amounts of `quarter` in place of the stored ones. */
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
      children: [
        ...program.kegiatan.map((kegiatan): BudgetNodeInput => ({
          id: kegiatan.id,
          level: "KEGIATAN",
          code: kegiatan.code,
          name: kegiatan.name,
          children: kegiatan.subKegiatan.map((sub) => subKegiatanInput(sub, data.quarter, edits)),
        })),
        ...(program.rest === null
          ? []
          : [
              {
                id: `${program.id}:lainnya`,
                level: "KEGIATAN" as const,
                code: "",
                name: "Sub kegiatan di halaman lain",
                summary: parseEvaluation<BudgetSummary>(program.rest),
                children: [],
              },
            ]),
      ],
    })),
  };
}

/** The grid rows of a sub kegiatan: its budget leaves and its indicators. */
const rowsOf = (sub: GridSubKegiatan) => leavesOf(sub).length + sub.indicators.length;

/**
 * One page of the grid: the planner's sub kegiatan (those whose kode or name holds `search`) of page
 * `page`, `size` a page; every other sub kegiatan of a program, the planner's or not, only in its
 * program's rolled-up rest.
 */
export function pageOfGrid(
  data: GridData,
  { page, search, size = SUB_KEGIATAN_PER_PAGE }: { page: number; search?: string; size?: number },
): { data: GridData; info: PageInfo } {
  const listed = (sub: GridSubKegiatan) => sub.inScope && matchesSearch(sub, search);
  const units = data.programs.flatMap((p) => p.kegiatan.flatMap((k) => k.subKegiatan.filter(listed)));
  const info = pageInfo({ total: units.length, requested: page, size });
  const onPage = new Set(units.slice((info.page - 1) * size, info.page * size));
  const rowsBefore = units.slice(0, (info.page - 1) * size).reduce((n, sub) => n + rowsOf(sub), 0);
  const programs = data.programs.map((program): GridProgram => {
    const rest = program.kegiatan.flatMap((k) => k.subKegiatan.filter((sub) => !onPage.has(sub)));
    const { paguAwal, pagu, quarters } = rollupBudget({
      root: {
        id: program.id,
        level: "PROGRAM",
        code: program.code,
        name: program.name,
        children: rest.map((sub) => subKegiatanInput(sub, data.quarter, new Map())),
      },
      throughQuarter: data.quarter,
    });
    return {
      ...program,
      kegiatan: program.kegiatan
        .map((k) => ({ ...k, subKegiatan: k.subKegiatan.filter((sub) => onPage.has(sub)) }))
        .filter((k) => k.subKegiatan.length > 0),
      rest: rest.length === 0 ? null : serializeEvaluation({ paguAwal, pagu, quarters }),
    };
  });
  return { data: { ...data, firstRow: rowsBefore + 1, programs }, info };
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
