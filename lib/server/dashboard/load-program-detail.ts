import "server-only";
import { openableSubKegiatan } from "@/lib/auth/opd-year-rights";
import { quarterSchema } from "@/lib/inputs/quarter";
import { type BudgetTreeRow, toBudgetTreeRows } from "@/lib/views/budget-tree-rows";
import { type IndicatorRow, toIndicatorRows } from "@/lib/views/indicator-rows";
import type { Quarter } from "@/lib/calc/period";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { getOpdYearEvaluation } from "../opd-year/load-opd-year";
import { latestQuarterOf } from "./latest-quarter";

export type ProgramDetail = {
  code: string;
  name: string;
  throughQuarter: Quarter;
  /** The program first, then its kegiatan and sub kegiatan. */
  rows: BudgetTreeRow[];
  indicators: IndicatorRow[];
};

/** One program of the OPD-year through `tw` (default: the latest triwulan with data); null if it is not one of them. */
export async function loadProgramDetail(
  context: OpdYearContext,
  programId: string,
  tw: string | undefined,
): Promise<ProgramDetail | null> {
  const parsed = quarterSchema.safeParse(tw);
  const throughQuarter = parsed.success ? parsed.data : await latestQuarterOf(context);
  const { rollup, indicators, subKegiatan } = await getOpdYearEvaluation(context, throughQuarter);
  const program = rollup.children.find((node) => node.id === programId);
  if (!program) return null;
  const openable = openableSubKegiatan(context.principal, subKegiatan);
  const base = `/opd/${context.opd.slug}/${context.year}`;
  const ofProgram = (code: string) => code === program.code || code.startsWith(`${program.code}.`);
  return {
    code: program.code,
    name: program.name,
    throughQuarter,
    rows: toBudgetTreeRows(program, (node) =>
      openable.has(node.id) ? `${base}/sub-kegiatan/${node.id}` : null,
    ),
    indicators: toIndicatorRows(
      indicators.filter((i) => i.level !== "SASARAN" && i.level !== "TUJUAN" && ofProgram(i.code)),
    ),
  };
}
