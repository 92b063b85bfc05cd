import "server-only";
import Decimal from "decimal.js";
import { sumFindingCounts } from "@/lib/calc/finding-groups";
import { type Quarter, sumAmounts } from "@/lib/calc/period";
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
import { readOpdYearResults } from "../opd-year/opd-year-result";
import { loadCalcSettings } from "../settings/load-calc-settings";

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
 * everyone else): each OPD's budget figures, counts, findings, IKU capaian and missing entries from the small
 * region part of its OPD-year's stored result (one row per OPD, never a leaf; for a FINAL year the one frozen
 * with its latest revision), and the late-entry list against the Pemda's deadline.
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
  const [pemda, opds, settings, bidang] = await Promise.all([
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
    loadCalcSettings(pemdaId),
    db.bidang.findMany({ where: { pemdaId }, select: { id: true, name: true } }),
  ]);
  const refs = opds.map((opd) => ({
    opd: { ...opd, pemdaId, pemdaName: pemda.name },
    year,
    laporan: opd.laporan[0]!,
  }));
  const parsedQuarter = quarterSchema.safeParse(tw);
  // TW IV's parts give the default triwulan (the latest any OPD has entered) and the findings: the year's
  // check, as the OPD-year page, the OPD dashboard and the LKIP workflow count it, whatever triwulan is shown.
  const yearEnd = await readOpdYearResults(refs, 4, "region");
  const throughQuarter = parsedQuarter.success
    ? parsedQuarter.data
    : (Math.max(1, ...yearEnd.map((result) => result.latestQuarter)) as Quarter);
  const results = throughQuarter === 4 ? yearEnd : await readOpdYearResults(refs, throughQuarter, "region");
  const none = { programs: 0, kegiatan: 0, subKegiatan: 0 };
  const regionSums = {
    pagu: Decimal.sum(0, ...results.map((result) => result.pagu)),
    realisasi: sumAmounts(results.map((result) => result.realisasi)),
  };
  const rows = opds.map((opd, index): RegionOpdRow => ({
    id: opd.id,
    name: opd.name,
    href: `/opd/${opd.slug}/${year}/dasbor?tw=${throughQuarter}`,
    status: laporanStatusLabel[opd.laporan[0]!.status],
    iku: results[index]!.iku.map((i) => ({ name: i.name, capaian: capaianFigure(i.evaluation) })),
    ...budgetFigures(results[index]!),
    findings: yearEnd[index]!.findings,
    counts: results[index]!.counts,
  }));

  const bidangName = new Map(bidang.map((b) => [b.id, b.name]));
  const { now, pinned } = currentTime();
  return {
    pemdaName: pemda.name,
    year,
    throughQuarter,
    opds: rows,
    total: {
      ...budgetFigures(regionSums),
      findings: sumFindingCounts(rows.map((row) => row.findings)),
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
      groups: opds.flatMap((opd, index) =>
        results[index]!.bidang.map((group) => ({
          opd: opd.name,
          bidang: group.bidangId ? (bidangName.get(group.bidangId) ?? "—") : "Tanpa bidang",
          leaves: group.leaves,
          missing: group.missing,
        })),
      ),
    }),
    deadlineDays: settings.entryDeadlineDays,
    now,
    pinnedClock: pinned,
  };
}
