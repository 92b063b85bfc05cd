import "server-only";
import { evaluateIndicator } from "@/lib/calc/evaluate-indicator";
import type { Quarter } from "@/lib/calc/period";
import { hasPermission, type Principal } from "@/lib/auth/permissions";
import { quarterSchema } from "@/lib/inputs/quarter";
import { yearSchema } from "@/lib/inputs/year";
import { laporanStatusLabel } from "@/lib/vocabulary";
import { capaianFigure } from "@/lib/views/opd-dashboard";
import {
  budgetFigures,
  type LateEntry,
  rankLateEntries,
  type RegionOpdRow,
} from "@/lib/views/region-dashboard";
import { currentTime } from "../clock";
import { db } from "../db";
import { loadIkuHistory } from "../dashboard/load-iku-history";
import { readOpdYearResults } from "../opd-year/opd-year-result";
import { loadCalcSettings } from "../settings/load-calc-settings";
import { countRegionItems, noLeaves, sumRegionBudget } from "./sum-region-budget";

export type RegionDashboard = {
  pemdaName: string;
  year: number;
  throughQuarter: Quarter;
  opds: RegionOpdRow[];
  total: Pick<RegionOpdRow, "pagu" | "realisasi" | "serapan" | "findings" | "counts">;
  late: LateEntry[];
  deadlineDays: number;
  /** The moment the late list counts from, and whether a test pinned it (SAKIP_TEST_NOW). */
  now: Date;
  pinnedClock: boolean;
};

/**
 * Every OPD of the principal's Pemda in one year, for ADMIN and INSPEKTORAT only (null, a 404, for
 * everyone else): budget figures from SQL sums, IKU capaian from the engine, the findings counted in each
 * OPD-year's stored result (one small row per OPD), and the late-entry list against the Pemda's deadline.
 */
export async function loadRegionDashboard(
  principal: Principal,
  tahun: string,
  tw: string | undefined,
): Promise<RegionDashboard | null> {
  const parsedYear = yearSchema.safeParse(tahun);
  if (!hasPermission(principal, "region:read") || !parsedYear.success) return null;
  const year = parsedYear.data;
  const { pemdaId } = principal;
  const [pemda, opds, sums, counts, iku, settings, bidang] = await Promise.all([
    db.pemda.findUniqueOrThrow({ where: { id: pemdaId }, select: { name: true } }),
    db.perangkatDaerah.findMany({
      where: { pemdaId, laporan: { some: { year } } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        laporan: {
          where: { year },
          select: { id: true, status: true, reportedPagu: true, reportedRealisasi: true },
        },
      },
    }),
    sumRegionBudget({ pemdaId, year }),
    countRegionItems({ pemdaId, year }),
    loadIkuHistory({ pemdaId, year }),
    loadCalcSettings(pemdaId),
    db.bidang.findMany({ where: { pemdaId }, select: { id: true, name: true } }),
  ]);
  const parsedQuarter = quarterSchema.safeParse(tw);
  const throughQuarter = parsedQuarter.success ? parsedQuarter.data : (sums.region.latestQuarter ?? 1);

  const results = await readOpdYearResults(
    opds.map((opd) => ({ opd: { ...opd, pemdaId, pemdaName: pemda.name }, year, laporan: opd.laporan[0]! })),
    throughQuarter,
    "region",
  );
  const none = { programs: 0, kegiatan: 0, subKegiatan: 0 };
  const rows = opds.map((opd, index): RegionOpdRow => ({
    id: opd.id,
    name: opd.name,
    href: `/opd/${opd.slug}/${year}/dasbor?tw=${throughQuarter}`,
    status: laporanStatusLabel[opd.laporan[0]!.status],
    iku: iku
      .filter((i) => i.opdId === opd.id)
      .map((i) => {
        const { target, realisasi } = i.years.find((y) => y.year === year)!;
        return {
          name: i.name,
          capaian: capaianFigure(
            evaluateIndicator({ indicator: { ...i, target, realisasi }, throughQuarter, settings }),
          ),
        };
      }),
    ...budgetFigures(sums.byOpd.get(opd.id) ?? noLeaves, throughQuarter),
    findings: results[index]!.findings,
    counts: counts.get(opd.id) ?? none,
  }));

  const shown = new Set(opds.map((opd) => opd.id));
  const opdName = new Map(opds.map((opd) => [opd.id, opd.name]));
  const bidangName = new Map(bidang.map((b) => [b.id, b.name]));
  const { now, pinned } = currentTime();
  return {
    pemdaName: pemda.name,
    year,
    throughQuarter,
    opds: rows,
    total: {
      ...budgetFigures(sums.region, throughQuarter),
      findings: rows.reduce(
        (sum, row) => ({
          total: sum.total + row.findings.total,
          errors: sum.errors + row.findings.errors,
          warnings: sum.warnings + row.findings.warnings,
        }),
        { total: 0, errors: 0, warnings: 0 },
      ),
      counts: rows.reduce(
        (sum, row) => ({
          programs: sum.programs + row.counts.programs,
          kegiatan: sum.kegiatan + row.counts.kegiatan,
          subKegiatan: sum.subKegiatan + row.counts.subKegiatan,
        }),
        none,
      ),
    },
    late: rankLateEntries({
      year,
      days: settings.entryDeadlineDays,
      now,
      groups: sums.byBidang
        .filter((group) => shown.has(group.opdId))
        .map((group) => ({
          opd: opdName.get(group.opdId)!,
          bidang: group.bidangId ? (bidangName.get(group.bidangId) ?? "—") : "Tanpa bidang",
          leaves: group.sums.leaves,
          missing: group.sums.missing,
        })),
    }),
    deadlineDays: settings.entryDeadlineDays,
    now,
    pinnedClock: pinned,
  };
}
