import "server-only";
import { openableSubKegiatan } from "@/lib/auth/opd-year-rights";
import type { Quarter } from "@/lib/calc/period";
import { quarterSchema } from "@/lib/inputs/quarter";
import { buildOpdDashboard, type OpdDashboard } from "@/lib/views/opd-dashboard";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { readOpdYearResult } from "../opd-year/opd-year-result";
import { latestQuarterOf } from "./latest-quarter";

export type OpdDashboardPage = OpdDashboard & {
  /** Triwulan that have realisasi, for the selector (up to the latest with data). */
  latestQuarter: Quarter;
};

/**
 * The OPD dashboard through `tw` (default: the latest triwulan with data). The context has checked the
 * scope already; every figure, the IKU history included, comes from the OPD-year's stored result (its
 * dashboard summary, never the whole budget tree; for a FINAL year the one frozen with its latest revision).
 */
export async function loadOpdDashboard(
  context: OpdYearContext,
  tw: string | undefined,
): Promise<OpdDashboardPage> {
  const parsed = quarterSchema.safeParse(tw);
  const latestQuarter = await latestQuarterOf(context);
  const throughQuarter = parsed.success ? parsed.data : latestQuarter;
  const summary = await readOpdYearResult(context, throughQuarter, "dashboard");
  // The findings are the year's check (TW IV), as on the OPD-year page and the region dashboard.
  const year = throughQuarter === 4 ? summary : await readOpdYearResult(context, 4, "dashboard");
  const base = `/opd/${context.opd.slug}/${context.year}`;
  const openable = openableSubKegiatan(
    context.principal,
    year.findingNodes.filter((node) => node.level === "SUB_KEGIATAN"),
  );
  const dashboard = buildOpdDashboard({
    ...summary,
    findings: year.findings,
    findingNodes: year.findingNodes,
    year: context.year,
    throughQuarter,
    links: {
      program: (id) => `${base}/program/${id}?tw=${throughQuarter}`,
      kegiatan: (programId, id) =>
        `${base}/program/${programId}?tw=${throughQuarter}&kegiatan=${id}#kegiatan-${id}`,
      subKegiatan: (id) => (openable.has(id) ? `${base}/sub-kegiatan/${id}` : null),
      sasaran: `${base}/pohon-kinerja`,
    },
  });
  return { ...dashboard, latestQuarter };
}
