import "server-only";
import { openableSubKegiatan } from "@/lib/auth/opd-year-rights";
import { quarterSchema } from "@/lib/inputs/quarter";
import { listBudgetRows } from "@/lib/calc/budget";
import { type BudgetTreeRow, pageOfBudgetTree, toBudgetTreeRows } from "@/lib/views/budget-tree-rows";
import type { PageInfo } from "@/lib/views/page-of-tree";
import type { PageQuery } from "@/lib/inputs/paging";
import { type IndicatorRow, toIndicatorRows } from "@/lib/views/indicator-rows";
import type { Quarter } from "@/lib/calc/period";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { getOpdYearEvaluation } from "../opd-year/load-opd-year";
import { latestQuarterOf } from "./latest-quarter";

export type ProgramDetail = {
  code: string;
  name: string;
  throughQuarter: Quarter;
  /** The program first, then its kegiatan and the sub kegiatan of the page. */
  rows: BudgetTreeRow[];
  page: PageInfo;
  /** The program's indicators, and those of the kegiatan and sub kegiatan of the page. */
  indicators: IndicatorRow[];
};

/**
 * One program of the OPD-year through `tw` (default: the latest triwulan with data), one page of its sub
 * kegiatan; null if it is not one of them.
 */
export async function loadProgramDetail(
  context: OpdYearContext,
  programId: string,
  tw: string | undefined,
  query: PageQuery = { halaman: 1 },
): Promise<ProgramDetail | null> {
  const parsed = quarterSchema.safeParse(tw);
  const throughQuarter = parsed.success ? parsed.data : await latestQuarterOf(context);
  const { rollup, indicators, subKegiatan } = await getOpdYearEvaluation(context, throughQuarter);
  const program = rollup.children.find((node) => node.id === programId);
  if (!program) return null;
  const openable = openableSubKegiatan(context.principal, subKegiatan);
  const base = `/opd/${context.opd.slug}/${context.year}`;
  const paged = pageOfBudgetTree(program, {
    page: query.halaman,
    search: query.cari,
    focusId: query.kegiatan,
  });
  const shown = new Set(listBudgetRows(paged.root).map(({ node }) => node.code));
  return {
    code: program.code,
    name: program.name,
    throughQuarter,
    rows: toBudgetTreeRows(paged.root, (node) =>
      openable.has(node.id) ? `${base}/sub-kegiatan/${node.id}` : null,
    ),
    page: paged.info,
    indicators: toIndicatorRows(
      indicators.filter((i) => i.level !== "SASARAN" && i.level !== "TUJUAN" && shown.has(i.code)),
    ),
  };
}
