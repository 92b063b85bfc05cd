import Decimal from "decimal.js";
import { expect } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { describeCapaian } from "@/lib/calc/capaian";
import { evaluateIndicator } from "@/lib/calc/evaluate-indicator";
import { evaluateOpdYear } from "@/lib/calc/checks";
import { countFindings, groupFindings, sumFindingCounts } from "@/lib/calc/finding-groups";
import { type Amount, QUARTERS, type Quarter, unknownReasonLabel } from "@/lib/calc/period";
import { describeSerapan } from "@/lib/calc/serapan";
import { formatRupiah } from "@/lib/format";
import { loadOpdDashboard } from "@/lib/server/dashboard/load-opd-dashboard";
import { db } from "@/lib/server/db";
import { findOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadOpdYear } from "@/lib/server/opd-year/load-opd-year";
import { loadRegionDashboard } from "@/lib/server/region/load-region-dashboard";

/**
 * Shared by the dashboard tests: each figure a dashboard's data function returns, recomputed here from
 * the engine (loadOpdYear + evaluateOpdYear, no dashboard code) for the same OPD-year and quarter.
 */

const amountText = (amount: Amount) =>
  amount.status === "KNOWN" ? formatRupiah(amount.value) : unknownReasonLabel[amount.reason];

export async function engineOf(principal: Principal, slug: string, year: number, quarter: Quarter) {
  const context = (await findOpdYearContext(principal, slug, String(year)))!;
  const data = await loadOpdYear(context);
  const evaluation = evaluateOpdYear({ ...data, throughQuarter: quarter });
  // The findings every surface shows are the year's check, whatever the quarter.
  const yearFindings =
    quarter === 4 ? evaluation.findings : evaluateOpdYear({ ...data, throughQuarter: 4 }).findings;
  return { context, data, ...evaluation, yearFindings };
}

/** Every number of the OPD dashboard equals the engine's through the same quarter. */
export async function expectOpdDashboardMatchesEngine(
  principal: Principal,
  slug: string,
  year: number,
  quarter: Quarter,
) {
  const engine = await engineOf(principal, slug, year, quarter);
  const dashboard = await loadOpdDashboard(engine.context, String(quarter));
  const { rollup, yearFindings, data } = engine;
  expect(dashboard.throughQuarter).toBe(quarter);

  expect(dashboard.total).toEqual({
    pagu: formatRupiah(rollup.pagu),
    realisasi: amountText(rollup.realisasi),
    serapan: {
      text: describeSerapan(rollup.serapan),
      value: rollup.serapan.status === "OK" ? rollup.serapan.value.toNumber() : null,
    },
    sisa: amountText(rollup.sisaAnggaran),
  });

  const capaianOf = (code: string, level: "PROGRAM" | "SASARAN") => {
    const indicator = data.indicators.find(
      (i) => i.level === level && (level === "SASARAN" || i.code === code),
    );
    return indicator
      ? describeCapaian(
          evaluateIndicator({ indicator, throughQuarter: quarter, settings: data.settings }).capaian,
        )
      : "Tanpa indikator";
  };
  expect(dashboard.programs.map((p) => p.code).sort()).toEqual(rollup.children.map((p) => p.code).sort());
  for (const program of dashboard.programs) {
    const node = rollup.children.find((p) => p.id === program.id)!;
    expect(program.serapan.text, program.code).toBe(describeSerapan(node.serapan));
    expect(program.pagu).toBe(formatRupiah(node.pagu));
    expect(program.realisasi).toBe(amountText(node.realisasi));
    expect(program.capaian.text, program.code).toBe(capaianOf(program.code, "PROGRAM"));
  }
  for (const row of dashboard.iku) expect(row.capaian.text).toBe(capaianOf("", "SASARAN"));

  for (const q of QUARTERS) {
    const point = dashboard.cumulative[q - 1]!;
    const cumulative = rollup.quarters.find((x) => x.quarter === q)?.cumulative;
    expect(point.realisasi).toBe(cumulative?.status === "KNOWN" ? cumulative.value.toNumber() : null);
    // The rencana aksi's disbursement through the quarter; the straight line where none is stored.
    const planned = data.rencanaAksi.anggaran.filter((plan) => plan.quarter <= q);
    expect(point.rencana).toBe(
      data.rencanaAksi.anggaran.length === 0
        ? rollup.pagu.times(q).div(4).toNumber()
        : Decimal.sum(0, ...planned.map((plan) => plan.amount)).toNumber(),
    );
  }
  expect(dashboard.planSource).toBe(data.rencanaAksi.anggaran.length === 0 ? "GARIS_LURUS" : "RENCANA_AKSI");

  expect(dashboard.findings.counts).toEqual(countFindings(yearFindings));
  expect(dashboard.findings.groups.map((g) => [g.label, g.items.length])).toEqual(
    groupFindings(yearFindings).map((g) => [g.label, g.items.length]),
  );
  return { dashboard, engine };
}

/** Every number of the region dashboard: per OPD the engine's, and the total the sum over its OPDs. */
export async function expectRegionMatchesEngine(principal: Principal, year: number, quarter: Quarter) {
  const region = (await loadRegionDashboard(principal, String(year), String(quarter)))!;
  const opds = await db.perangkatDaerah.findMany({
    where: { pemdaId: principal.pemdaId, laporan: { some: { year } } },
    orderBy: { name: "asc" },
  });
  expect(region.opds.map((o) => o.id)).toEqual(opds.map((o) => o.id));
  let pagu = new Decimal(0);
  let realisasi = new Decimal(0);
  let unknown: Amount | null = null;
  const findings = [];
  for (const opd of opds) {
    const { rollup, yearFindings } = await engineOf(principal, opd.slug, year, quarter);
    const row = region.opds.find((o) => o.id === opd.id)!;
    expect(row.pagu, opd.slug).toBe(formatRupiah(rollup.pagu));
    expect(row.realisasi, opd.slug).toBe(amountText(rollup.realisasi));
    expect(row.serapan.text, opd.slug).toBe(describeSerapan(rollup.serapan));
    expect(row.findings, opd.slug).toEqual(countFindings(yearFindings));
    expect(row.counts.programs).toBe(rollup.children.length);
    expect(row.counts.kegiatan).toBe(rollup.children.flatMap((p) => p.children).length);
    expect(row.counts.subKegiatan).toBe(
      rollup.children.flatMap((p) => p.children.flatMap((k) => k.children)).length,
    );
    pagu = pagu.plus(rollup.pagu);
    if (rollup.realisasi.status === "KNOWN") realisasi = realisasi.plus(rollup.realisasi.value);
    else if (unknown?.status !== "UNKNOWN" || unknown.reason !== "DATA_GANDA") unknown = rollup.realisasi;
    findings.push(countFindings(yearFindings));
  }
  expect(region.total.pagu).toBe(formatRupiah(pagu));
  expect(region.total.realisasi).toBe(unknown ? amountText(unknown) : formatRupiah(realisasi));
  expect(region.total.findings).toEqual(sumFindingCounts(findings));
  return region;
}
