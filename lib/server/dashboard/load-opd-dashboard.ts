import "server-only";
import { openableSubKegiatan } from "@/lib/auth/opd-year-rights";
import type { Quarter } from "@/lib/calc/period";
import { quarterSchema } from "@/lib/inputs/quarter";
import { buildOpdDashboard, latestQuarterWithData, type OpdDashboard } from "@/lib/views/opd-dashboard";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { getOpdYearData, getOpdYearEvaluation } from "../opd-year/load-opd-year";
import { loadIkuHistory } from "./load-iku-history";

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
    loadIkuHistory({ pemdaId: context.opd.pemdaId, opdId: context.opd.id, year: context.year }),
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
