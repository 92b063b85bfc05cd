import "server-only";
import { openableSubKegiatan } from "@/lib/auth/opd-year-rights";
import type { Quarter } from "@/lib/calc/period";
import { quarterSchema } from "@/lib/inputs/quarter";
import type { PageQuery } from "@/lib/inputs/paging";
import type { PageInfo } from "@/lib/views/page-of-tree";
import { buildPohonKinerja, pageOfPohon, type PohonNode } from "@/lib/views/pohon-kinerja";
import { db } from "../db";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { getOpdYearEvaluation } from "../opd-year/load-opd-year";
import { latestQuarterOf } from "./latest-quarter";

/** One page of the pohon kinerja of an OPD-year through `tw` (default: the latest triwulan with data). */
export async function loadPohonKinerja(
  context: OpdYearContext,
  tw: string | undefined,
  query: PageQuery = { halaman: 1 },
): Promise<{ throughQuarter: Quarter; tree: PohonNode[]; page: PageInfo }> {
  const { opd, year } = context;
  const parsed = quarterSchema.safeParse(tw);
  const throughQuarter = parsed.success ? parsed.data : await latestQuarterOf(context);
  const [evaluation, programs] = await Promise.all([
    getOpdYearEvaluation(context, throughQuarter),
    db.program.findMany({
      where: { pemdaId: opd.pemdaId, opdId: opd.id, year },
      select: { id: true, sasaranId: true },
    }),
  ]);
  const base = `/opd/${opd.slug}/${year}`;
  const openable = openableSubKegiatan(context.principal, evaluation.subKegiatan);
  const paged = pageOfPohon(
    buildPohonKinerja({
      ...evaluation,
      renstra: {
        tujuan: evaluation.tujuan,
        programSasaran: new Map(programs.map((p) => [p.id, p.sasaranId])),
      },
      hrefOf: (node) =>
        node.level === "PROGRAM"
          ? `${base}/program/${node.id}?tw=${throughQuarter}`
          : openable.has(node.id)
            ? `${base}/sub-kegiatan/${node.id}`
            : null,
    }),
    { page: query.halaman, search: query.cari },
  );
  return { throughQuarter, tree: paged.tree, page: paged.info };
}
