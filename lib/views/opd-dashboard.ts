import type Decimal from "decimal.js";
import { type BudgetNodeInput, type BudgetNodeResult, flattenBudgetInput } from "@/lib/calc/budget";
import { describeCapaian, type CapaianInput, type IndicatorTarget } from "@/lib/calc/capaian";
import type { EvaluatedCheckInput } from "@/lib/calc/checks-indicator";
import {
  describeRealisasi,
  evaluateIndicator,
  type IndicatorEvaluation,
} from "@/lib/calc/evaluate-indicator";
import type { Finding, FindingCode, FindingSeverity } from "@/lib/calc/finding";
import { countFindingGroups, type FindingCounts, groupFindings } from "@/lib/calc/finding-groups";
import type { IndicatorRealisasiEntry } from "@/lib/calc/indicator-realisasi";
import { type Amount, QUARTERS, type Quarter, unknownReasonLabel } from "@/lib/calc/period";
import { describeSerapan } from "@/lib/calc/serapan";
import type { PlanLine } from "@/lib/calc/rencana-aksi";
import type { CalcSettings } from "@/lib/calc/settings";
import { formatRupiah, formatTarget, withSatuan } from "@/lib/format";
import { quarterLabel } from "@/lib/vocabulary";

/** A figure as shown and as plotted: `value` is null when the engine gives no number. */
export type Figure = { text: string; value: number | null };

/** A capaian with its predicate as text and its place on the scale (0 = best band), for colour. */
export type CapaianFigure = Figure & { predikat: string | null; band: number | null };

export type DashboardLinks = {
  program: (id: string) => string;
  kegiatan: (programId: string, id: string) => string;
  /** null when the viewer may not open it (a bidang-limited planner, another bidang). */
  subKegiatan: (id: string) => string | null;
  sasaran: string;
};

export type IkuRow = {
  id: string;
  sasaran: string;
  name: string;
  satuan: string;
  /** With the satuan: "3 %", "2–5 %", or "—". */
  target: string;
  realisasi: string;
  capaian: CapaianFigure;
};

export type ProgramRow = {
  id: string;
  code: string;
  name: string;
  href: string;
  indicator: string | null;
  capaian: CapaianFigure;
  serapan: Figure;
  pagu: string;
  realisasi: string;
};

export type CumulativePoint = {
  quarter: string;
  /** Cumulative realisasi through the quarter (rupiah); null after the chosen quarter or when unknown. */
  realisasi: number | null;
  /** Cumulative planned disbursement: the rencana aksi, or the straight line pagu × quarter / 4 without one. */
  rencana: number;
  realisasiText: string;
  rencanaText: string;
};

export type RenstraPoint = {
  year: number;
  target: number | null;
  realisasi: number | null;
  targetText: string;
  realisasiText: string;
  capaian: string;
};

export type DashboardFindingGroup = {
  /** The rule and triwulan: "REALISASI_TRIWULAN_KOSONG:4". */
  key: string;
  code: FindingCode;
  label: string;
  severity: FindingSeverity;
  items: { location: string; message: string; href: string | null }[];
};

export type OpdDashboard = {
  throughQuarter: Quarter;
  total: { pagu: string; realisasi: string; serapan: Figure; sisa: string };
  iku: IkuRow[];
  programs: ProgramRow[];
  cumulative: CumulativePoint[];
  /** Where the plan line comes from (the chart's legend says so). */
  planSource: PlanLine["source"];
  renstra: { id: string; name: string; satuan: string; points: RenstraPoint[] }[];
  /** The year's check (through TW IV), grouped as the OPD-year page and the region count it. */
  findings: { counts: FindingCounts; groups: DashboardFindingGroup[] };
};

const amountText = (amount: Amount) =>
  amount.status === "KNOWN" ? formatRupiah(amount.value) : unknownReasonLabel[amount.reason];

const toNumber = (value: Decimal | null) => (value === null ? null : value.toNumber());

/** An indicator's capaian as the dashboards show it: text, number to plot, predikat and its band. */
export function capaianFigure({ capaian, predikat }: IndicatorEvaluation): CapaianFigure {
  return {
    text: describeCapaian(capaian),
    value: capaian.status === "OK" ? capaian.capaian.toNumber() : null,
    predikat: predikat?.label ?? null,
    band: predikat?.band ?? null,
  };
}

export function serapanFigure(node: Pick<BudgetNodeResult, "serapan">): Figure {
  return {
    text: describeSerapan(node.serapan),
    value: node.serapan.status === "OK" ? node.serapan.value.toNumber() : null,
  };
}

/** Worst first: by the lower of capaian and serapan; programs without either number last. */
function worstFirst(a: ProgramRow, b: ProgramRow): number {
  const key = (row: ProgramRow) => {
    const values = [row.capaian.value, row.serapan.value].filter((v): v is number => v !== null);
    return values.length === 0 ? Infinity : Math.min(...values);
  };
  return key(a) - key(b) || a.code.localeCompare(b.code);
}

/** A budget line a finding points at: its page is its program's, its kegiatan's or its own. */
export type FindingNode = {
  level: "PROGRAM" | "KEGIATAN" | "SUB_KEGIATAN";
  code: string;
  id: string;
  programId: string;
  bidangId: string | null;
};

const isFindingLevel = (level: string): level is FindingNode["level"] =>
  level === "PROGRAM" || level === "KEGIATAN" || level === "SUB_KEGIATAN";

/** The budget lines (by level and kode) that some finding is located at. */
export function listFindingNodes(budget: BudgetNodeInput, findings: readonly Finding[]): FindingNode[] {
  const located = new Set(findings.map(({ location }) => `${location.level}:${location.code}`));
  return budget.children.flatMap((program) =>
    flattenBudgetInput(program).flatMap((node) =>
      isFindingLevel(node.level) && located.has(`${node.level}:${node.code}`)
        ? [
            {
              level: node.level,
              code: node.code,
              id: node.id,
              programId: program.id,
              bidangId: node.bidangId ?? null,
            },
          ]
        : [],
    ),
  );
}

/** Where a finding's line lives: the page of its program, kegiatan or sub kegiatan (by kode). */
function findingHref(
  nodes: readonly FindingNode[],
  links: DashboardLinks,
): (finding: Finding) => string | null {
  const byCode = new Map(nodes.map((node) => [`${node.level}:${node.code}`, node]));
  return ({ location }) => {
    if (location.level === "SASARAN" || location.level === "TUJUAN") return links.sasaran;
    const node = byCode.get(`${location.level}:${location.code}`);
    if (!node) return null;
    if (node.level === "PROGRAM") return links.program(node.id);
    if (node.level === "KEGIATAN") return links.kegiatan(node.programId, node.id);
    return links.subKegiatan(node.id);
  };
}

export type IkuHistory = Pick<CapaianInput, "polarity" | "calculation" | "aggregation"> & {
  id: string;
  name: string;
  satuan: string;
  years: { year: number; target: IndicatorTarget; realisasi: IndicatorRealisasiEntry[] }[];
};

/**
 * The head's dashboard of one OPD-year through a quarter, assembled from the engine's evaluation: every
 * number here is the engine's (rollup, capaian, predikat, findings), only selected and formatted.
 */
/** The IKU (the sasaran's indicators) of an evaluation as rows: target, realisasi and capaian with predikat. */
export function ikuRows(indicators: readonly EvaluatedCheckInput[]): IkuRow[] {
  return indicators
    .filter((i) => i.level === "SASARAN")
    .map((indicator) => ({
      id: indicator.id,
      sasaran: `${indicator.code} ${indicator.ownerName}`,
      name: indicator.name,
      satuan: indicator.satuan,
      target: formatTarget(indicator.evaluation.target, indicator.satuan),
      realisasi: withSatuan(describeRealisasi(indicator.evaluation.realisasi), indicator.satuan),
      capaian: capaianFigure(indicator.evaluation),
    }));
}

export function buildOpdDashboard({
  year,
  throughQuarter,
  findingNodes,
  indicators,
  settings,
  rollup,
  findings,
  ikuHistory,
  plan,
  links,
}: {
  year: number;
  throughQuarter: Quarter;
  /** The budget lines the findings are located at (listFindingNodes). */
  findingNodes: readonly FindingNode[];
  /** Evaluated by the engine through `throughQuarter` (those of the sasaran and programs are enough). */
  indicators: readonly EvaluatedCheckInput[];
  settings: CalcSettings;
  /** The rollup through `throughQuarter`; the programs' children are not read. */
  rollup: BudgetNodeResult;
  /** Of the whole year (through TW IV), whatever `throughQuarter` is. */
  findings: readonly Finding[];
  ikuHistory: readonly IkuHistory[];
  /** The cumulative planned disbursement per triwulan (planLine). */
  plan: PlanLine;
  links: DashboardLinks;
}): OpdDashboard {
  const iku = ikuRows(indicators);

  const programs = rollup.children
    .map((node): ProgramRow => {
      const indicator = indicators.find((i) => i.level === "PROGRAM" && i.code === node.code);
      return {
        id: node.id,
        code: node.code,
        name: node.name,
        href: links.program(node.id),
        indicator: indicator?.name ?? null,
        capaian: indicator
          ? capaianFigure(indicator.evaluation)
          : { text: "Tanpa indikator", value: null, predikat: null, band: null },
        serapan: serapanFigure(node),
        pagu: formatRupiah(node.pagu),
        realisasi: amountText(node.realisasi),
      };
    })
    .sort(worstFirst);

  const cumulative = QUARTERS.map((quarter): CumulativePoint => {
    const point = rollup.quarters.find((q) => q.quarter === quarter)?.cumulative;
    const rencana = plan.cumulative[quarter - 1]!;
    return {
      quarter: quarterLabel(quarter),
      realisasi: point?.status === "KNOWN" ? point.value.toNumber() : null,
      rencana: rencana.toNumber(),
      realisasiText: point ? amountText(point) : "—",
      rencanaText: formatRupiah(rencana),
    };
  });

  const renstra = ikuHistory.map((history) => ({
    id: history.id,
    name: history.name,
    satuan: history.satuan,
    points: history.years.map(({ year: y, target, realisasi }) => {
      const evaluation = evaluateIndicator({
        indicator: { ...history, target, realisasi },
        throughQuarter: y === year ? throughQuarter : 4,
        settings,
      });
      return {
        year: y,
        target: toNumber(evaluation.target?.value ?? null),
        realisasi: evaluation.realisasi.status === "OK" ? evaluation.realisasi.value.toNumber() : null,
        targetText: formatTarget(evaluation.target),
        realisasiText: describeRealisasi(evaluation.realisasi),
        capaian: describeCapaian(evaluation.capaian),
      };
    }),
  }));

  const hrefOf = findingHref(findingNodes, links);
  const groups = groupFindings(findings);

  return {
    throughQuarter,
    total: {
      pagu: formatRupiah(rollup.pagu),
      realisasi: amountText(rollup.realisasi),
      serapan: serapanFigure(rollup),
      sisa: amountText(rollup.sisaAnggaran),
    },
    iku,
    programs,
    cumulative,
    planSource: plan.source,
    renstra,
    findings: {
      counts: countFindingGroups(groups),
      groups: groups.map((group) => ({
        key: `${group.code}:${group.quarter ?? ""}`,
        code: group.code,
        label: group.label,
        severity: group.severity,
        items: group.items.map((finding) => {
          const indicator = finding.location.indicator ? ` — ${finding.location.indicator.name}` : "";
          return {
            location: `${finding.location.code} ${finding.location.name}${indicator}`.trim(),
            message: finding.message,
            href: hrefOf(finding),
          };
        }),
      })),
    },
  };
}

/** The latest triwulan with any realisasi entered (a year recorded as annual totals: TW IV); TW I if none. */
export function latestQuarterWithData(budget: BudgetNodeInput): Quarter {
  const periods = new Set(
    flattenBudgetInput(budget).flatMap((node) => node.realisasi?.map((r) => r.period) ?? []),
  );
  if (periods.has("TAHUNAN")) return 4;
  return ([...QUARTERS].reverse().find((q) => periods.has(`TW${q}` as const)) ?? 1) as Quarter;
}
