import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { PohonTree } from "@/components/dashboard/pohon-tree";
import { PrintButton } from "@/components/ui/print-button";
import { loadPohonKinerja } from "@/lib/server/dashboard/load-pohon-kinerja";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { quarterLabel } from "@/lib/vocabulary";

export const dynamic = "force-dynamic";

export default async function PohonKinerjaPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; tahun: string }>;
  searchParams: Promise<{ tw?: string }>;
}) {
  const context = await requireOpdYearContext(await params);
  const { throughQuarter, tree } = await loadPohonKinerja(context, (await searchParams).tw);
  return (
    <div className="space-y-6">
      <div>
        <div className="print:hidden">
          <OpdYearBackLink opd={context.opd} year={context.year} />
        </div>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-semibold">Pohon Kinerja {context.year}</h1>
          <PrintButton />
        </div>
        <p className="text-slate-600">
          {context.opd.name} · tujuan → sasaran (IKU) → program → kegiatan → sub kegiatan · realisasi s.d.{" "}
          {quarterLabel(throughQuarter)}
        </p>
      </div>
      {tree.length === 0 ? (
        <p className="text-slate-600">Belum ada Renstra maupun program untuk tahun ini.</p>
      ) : (
        <div data-testid="pohon-kinerja">
          <PohonTree nodes={tree} />
        </div>
      )}
    </div>
  );
}
