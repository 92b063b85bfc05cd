import Decimal from "decimal.js";
import { formatFigure, formatPercent, formatRupiah, withSatuan } from "@/lib/format";
import type { BudgetNodeInput, BudgetNodeResult } from "./budget";
import { effectivePagu, flattenBudgetInput, listBudgetRows } from "./budget";
import { calculateCapaianFromValues } from "./capaian";
import type { EvaluatedCheckInput } from "./checks-indicator";
import { evaluateIndicator } from "./evaluate-indicator";
import type { Finding } from "./finding";
import { aggregateIndicatorRealisasi } from "./indicator-realisasi";
import { listQuartersThrough, periodOfQuarter, QUARTERS, type Quarter } from "./period";
import type { CalcSettings } from "./settings";

/**
 * The rencana aksi of an OPD-year. Every figure is the plan of that quarter, entered like the realisasi it is
 * compared with: a sub kegiatan's planned disbursement of the quarter (cumulated by summing), an indicator's
 * planned value of the quarter (cumulated by the indicator's QuarterAggregation: JUMLAH sums, TERAKHIR takes
 * the latest quarter, RATA_RATA averages), so the plan through a quarter and the realisasi through it are
 * always the same kind of figure.
 */
export type RencanaAksi = {
  anggaran: readonly { subKegiatanId: string; quarter: Quarter; amount: Decimal }[];
  indikator: readonly { indikatorId: string; quarter: Quarter; target: Decimal }[];
};

export const emptyRencanaAksi: RencanaAksi = { anggaran: [], indikator: [] };

/** The OPD's cumulative planned disbursement per triwulan, or the straight line pagu × TW / 4 without a plan. */
export type PlanLine = { source: "RENCANA_AKSI" | "GARIS_LURUS"; cumulative: Decimal[] };

export function planLine({ pagu, rencanaAksi }: { pagu: Decimal; rencanaAksi: RencanaAksi }): PlanLine {
  if (rencanaAksi.anggaran.length === 0)
    return { source: "GARIS_LURUS", cumulative: QUARTERS.map((q) => pagu.times(q).div(4)) };
  return {
    source: "RENCANA_AKSI",
    cumulative: QUARTERS.map((q) =>
      rencanaAksi.anggaran
        .filter((plan) => plan.quarter <= q)
        .reduce((sum, plan) => sum.plus(plan.amount), new Decimal(0)),
    ),
  };
}

type PaguFields = {
  paguAwal?: { toString(): string } | null;
  paguPerubahan?: { toString(): string } | null;
};

/** A sub kegiatan's pagu, which its plan may not exceed: its own, or the sum of its rekening lines'. */
export function subKegiatanPagu(sub: PaguFields & { rekening: readonly PaguFields[] }): Decimal {
  const pagu = (node: PaguFields) =>
    effectivePagu({
      paguAwal: node.paguAwal == null ? null : new Decimal(node.paguAwal.toString()),
      paguPerubahan: node.paguPerubahan == null ? null : new Decimal(node.paguPerubahan.toString()),
    });
  return sub.rekening.length === 0
    ? pagu(sub)
    : sub.rekening.reduce((sum, line) => sum.plus(pagu(line)), new Decimal(0));
}

/** The planned disbursement of a sub kegiatan over the four quarters above its pagu, or null. */
export function excessOverPagu({
  pagu,
  amounts,
}: {
  pagu: Decimal;
  amounts: readonly Decimal[];
}): { total: Decimal; message: string } | null {
  const total = amounts.reduce((sum, amount) => sum.plus(amount), new Decimal(0));
  if (total.lessThanOrEqualTo(pagu)) return null;
  return {
    total,
    message: `rencana penarikan dana TW I–IV berjumlah ${formatRupiah(total)}, melebihi pagu ${formatRupiah(pagu)} sebesar ${formatRupiah(total.minus(pagu))}`,
  };
}

/** Capaian of the realisasi against the plan, and whether it lies below 100 % by more than the band. */
function shortfall(capaian: Decimal, band: Decimal): boolean {
  return new Decimal(100).minus(capaian).greaterThan(band);
}

const twLabel = (quarter: Quarter) => `TW ${["I", "II", "III", "IV"][quarter - 1]}`;

/**
 * A quarter whose realisasi (cumulative through it, as the plan) falls below its rencana aksi by more than
 * the Pemda's band: capaian terhadap rencana = realisasi / rencana × 100 (a NEGATIF indicator by its own
 * rule) below 100 − band percentage points. Only quarters whose realisasi is entered are compared (an empty
 * quarter is REALISASI_TRIWULAN_KOSONG); a RENTANG indicator has no single planned value and is skipped.
 */
export function checkRencanaAksi({
  budget,
  rollup,
  indicators,
  rencanaAksi,
  throughQuarter,
  settings,
}: {
  budget: BudgetNodeInput;
  rollup: BudgetNodeResult;
  indicators: readonly EvaluatedCheckInput[];
  rencanaAksi: RencanaAksi;
  throughQuarter: Quarter;
  settings: CalcSettings;
}): Finding[] {
  const band = settings.rencanaAksiBand;
  const findings: Finding[] = [];
  const quarters = listQuartersThrough(throughQuarter);

  const inputs = new Map(flattenBudgetInput(budget).map((node) => [node.id, node]));
  const results = new Map(listBudgetRows(rollup).map(({ node }) => [node.id, node]));
  const plansOf = new Map<string, Map<Quarter, Decimal>>();
  for (const plan of rencanaAksi.anggaran) {
    const plans = plansOf.get(plan.subKegiatanId) ?? new Map<Quarter, Decimal>();
    plans.set(plan.quarter, plan.amount);
    plansOf.set(plan.subKegiatanId, plans);
  }
  for (const [id, plans] of plansOf) {
    const [input, result] = [inputs.get(id), results.get(id)];
    if (!input || !result) continue;
    const entered = new Set(
      [input, ...input.children].flatMap((node) => node.realisasi?.map((r) => r.period) ?? []),
    );
    for (const quarter of quarters) {
      if (!entered.has(periodOfQuarter(quarter))) continue;
      const planned = [...plans]
        .filter(([q]) => q <= quarter)
        .reduce((sum, [, amount]) => sum.plus(amount), new Decimal(0));
      const realisasi = result.quarters.find((q) => q.quarter === quarter)?.cumulative;
      if (planned.isZero() || realisasi?.status !== "KNOWN") continue;
      const capaian = realisasi.value.times(100).div(planned);
      if (!shortfall(capaian, band)) continue;
      findings.push({
        code: "REALISASI_DI_BAWAH_RENCANA",
        severity: "WARNING",
        location: { level: "SUB_KEGIATAN", code: input.code, name: input.name },
        message: `Realisasi anggaran s.d. ${twLabel(quarter)} ${formatRupiah(realisasi.value)} baru ${formatPercent(capaian)} dari rencana penarikan dana ${formatRupiah(planned)} (batas ${formatFigure(band)} poin persen di bawah rencana).`,
        difference: planned.minus(realisasi.value),
      });
    }
  }

  const planEntries = new Map<string, { period: ReturnType<typeof periodOfQuarter>; value: Decimal }[]>();
  for (const plan of rencanaAksi.indikator) {
    const entries = planEntries.get(plan.indikatorId) ?? [];
    entries.push({ period: periodOfQuarter(plan.quarter), value: plan.target });
    planEntries.set(plan.indikatorId, entries);
  }
  for (const indicator of indicators) {
    const entries = planEntries.get(indicator.id);
    if (!entries || indicator.polarity === "RENTANG") continue;
    const entered = new Set(indicator.realisasi.map((r) => r.period));
    for (const quarter of quarters) {
      if (!entered.has(periodOfQuarter(quarter))) continue;
      const planned = aggregateIndicatorRealisasi({
        calculation: "LANGSUNG",
        aggregation: indicator.aggregation,
        entries,
        throughQuarter: quarter,
      });
      const { realisasi } = evaluateIndicator({ indicator, throughQuarter: quarter, settings });
      if (planned.status !== "OK" || realisasi.status !== "OK") continue;
      const capaian = calculateCapaianFromValues({
        polarity: indicator.polarity,
        realisasi: realisasi.value,
        target: planned.value,
      });
      if (capaian.status !== "OK" || !shortfall(capaian.capaian, band)) continue;
      findings.push({
        code: "REALISASI_DI_BAWAH_RENCANA",
        severity: "WARNING",
        location: {
          level: indicator.level,
          code: indicator.code,
          name: indicator.ownerName,
          indicator: { id: indicator.id, name: indicator.name },
        },
        message: `Realisasi s.d. ${twLabel(quarter)} ${withSatuan(formatFigure(realisasi.value), indicator.satuan)} baru ${formatPercent(capaian.capaian)} dari rencana aksi ${withSatuan(formatFigure(planned.value), indicator.satuan)} (batas ${formatFigure(band)} poin persen di bawah rencana).`,
      });
    }
  }
  return findings;
}
