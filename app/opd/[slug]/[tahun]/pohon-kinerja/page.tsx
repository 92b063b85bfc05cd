import type { Metadata } from "next";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { PohonTree } from "@/components/dashboard/pohon-tree";
import { PageSearch, Pagination } from "@/components/ui/pagination";
import { PrintButton } from "@/components/ui/print-button";
import { pageQueryInput } from "@/lib/inputs/paging";
import { pageHref } from "@/lib/views/page-of-tree";
import { loadPohonKinerja } from "@/lib/server/dashboard/load-pohon-kinerja";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { quarterLabel } from "@/lib/vocabulary";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Pohon Kinerja" };

export default async function PohonKinerjaPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; tahun: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireOpdYearContext(await params);
  const search = await searchParams;
  const tw = typeof search.tw === "string" ? search.tw : undefined;
  const query = pageQueryInput.parse(search);
  const { throughQuarter, tree, page } = await loadPohonKinerja(context, tw, query);
  const path = `/opd/${context.opd.slug}/${context.year}/pohon-kinerja`;
  const pagination = (
    <Pagination
      info={page}
      noun="sub kegiatan"
      label="Halaman pohon kinerja"
      hrefOf={(n) => pageHref(path, { tw, cari: query.cari }, n)}
    />
  );
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
      <PageSearch
        info={page}
        search={query.cari}
        path={path}
        keep={{ tw }}
        placeholder="Cari kode atau nama sub kegiatan"
      />
      {pagination}
      {tree.length === 0 && !query.cari ? (
        <p className="text-slate-600">Belum ada Renstra maupun program untuk tahun ini.</p>
      ) : (
        <div data-testid="pohon-kinerja">
          <PohonTree nodes={tree} />
        </div>
      )}
      {pagination}
    </div>
  );
}
