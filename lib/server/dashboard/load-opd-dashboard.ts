import "server-only";
import { openableSubKegiatan } from "@/lib/auth/opd-year-rights";
import type { Quarter } from "@/lib/calc/period";
import { quarterSchema } from "@/lib/inputs/quarter";
import {
  buildOpdDashboard,
  type IkuHistory,
  latestQuarterWithData,
  type OpdDashboard,
} from "@/lib/views/opd-dashboard";
import { db } from "../db";
import { toIndicatorRealisasi, toIndicatorTarget } from "../indicators/load-indicator-inputs";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { getOpdYearData, getOpdYearEvaluation } from "../opd-year/load-opd-year";

/** The IKU of the Renstra period covering the year, with the targets and realisasi of every year of it. */
async function loadIkuHistory({ opd, year }: Pick<OpdYearContext, "opd" | "year">): Promise<IkuHistory[]> {
  const rows = await db.indikator.findMany({
    where: {
      pemdaId: opd.pemdaId,
      isIku: true,
      sasaran: { tujuan: { periode: { opdId: opd.id, startYear: { lte: year }, endYear: { gte: year } } } },
    },
    orderBy: { position: "asc" },
    include: {
      targets: { orderBy: { year: "asc" } },
      realisasi: true,
      sasaran: {
        select: { tujuan: { select: { periode: { select: { startYear: true, endYear: true } } } } },
      },
    },
  });
  return rows.map((row) => {
    const { startYear, endYear } = row.sasaran!.tujuan.periode;
    const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
    return {
      id: row.id,
      name: row.name,
      satuan: row.satuan,
      polarity: row.polarity,
      calculation: row.calculation,
      aggregation: row.aggregation,
      years: years.map((y) => ({
        year: y,
        target: toIndicatorTarget(row.targets.find((t) => t.year === y)),
        realisasi: toIndicatorRealisasi(row.realisasi.filter((r) => r.year === y)),
      })),
    };
  });
}

export type OpdDashboardPage = OpdDashboard & {
  /** Triwulan that have realisasi, for the selector (up to the latest with data). */
  latestQuarter: Quarter;
};

/**
 * The OPD dashboard through `tw` (default: the latest triwulan with data). The context has checked the
 * scope already; every figure comes from the one evaluation of the request.
 */
export async function loadOpdDashboard(
  context: OpdYearContext,
  tw: string | undefined,
): Promise<OpdDashboardPage> {
  const data = await getOpdYearData(context);
  const latestQuarter = latestQuarterWithData(data.budget);
  const parsed = quarterSchema.safeParse(tw);
  const throughQuarter = parsed.success ? parsed.data : latestQuarter;
  const [evaluation, ikuHistory] = await Promise.all([
    getOpdYearEvaluation(context, throughQuarter),
    loadIkuHistory(context),
  ]);
  const base = `/opd/${context.opd.slug}/${context.year}`;
  const openable = openableSubKegiatan(context.principal, data.budget);
  const dashboard = buildOpdDashboard({
    ...evaluation,
    year: context.year,
    throughQuarter,
    ikuHistory,
    links: {
      program: (id) => `${base}/program/${id}?tw=${throughQuarter}`,
      kegiatan: (programId, id) => `${base}/program/${programId}?tw=${throughQuarter}#kegiatan-${id}`,
      subKegiatan: (id) => (openable.has(id) ? `${base}/sub-kegiatan/${id}` : null),
      sasaran: `${base}/pohon-kinerja`,
    },
  });
  return { ...dashboard, latestQuarter };
}
