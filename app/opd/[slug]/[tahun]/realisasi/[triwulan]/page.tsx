import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RealisasiGrid } from "@/components/grid/realisasi-grid";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { PageSearch, Pagination } from "@/components/ui/pagination";
import { pageQueryInput } from "@/lib/inputs/paging";
import { pageHref } from "@/lib/views/page-of-tree";
import { QUARTERS } from "@/lib/calc/period";
import { quarterSchema } from "@/lib/inputs/quarter";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadRealisasiGrid } from "@/lib/server/realisasi/load-realisasi-grid";
import { quarterLabel } from "@/lib/vocabulary";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ triwulan: string }>;
}): Promise<Metadata> {
  const quarter = quarterSchema.safeParse((await params).triwulan);
  return { title: quarter.success ? `Isian Realisasi ${quarterLabel(quarter.data)}` : "Isian Realisasi" };
}

export default async function RealisasiGridPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; tahun: string; triwulan: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { triwulan, ...opdYearParams } = await params;
  const found = await requireOpdYearContext(opdYearParams);
  const quarter = quarterSchema.safeParse(triwulan);
  if (!quarter.success) notFound();
  const query = pageQueryInput.parse(await searchParams);
  const { data, page } = await loadRealisasiGrid({ ...found, quarter: quarter.data, query });
  const base = `/opd/${found.opd.slug}/${found.year}`;
  const path = `${base}/realisasi/${data.quarter}`;
  const pagination = (
    <Pagination
      info={page}
      noun="sub kegiatan"
      label="Halaman isian realisasi"
      hrefOf={(n) => pageHref(path, { cari: query.cari }, n)}
    />
  );

  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={found.opd} year={found.year} />
        <h1 className="mt-2 text-2xl font-semibold">Isian Realisasi Triwulan {data.quarter}</h1>
        <nav className="mt-3 flex gap-2">
          {QUARTERS.map((q) => (
            <Link
              key={q}
              href={pageHref(`${base}/realisasi/${q}`, { cari: query.cari }, page.page)}
              className={`rounded-md border px-3 py-1 text-sm ${q === data.quarter ? "border-emerald-700 bg-emerald-700 text-white" : "border-slate-300"}`}
            >
              TW{q}
            </Link>
          ))}
        </nav>
        {!data.editable && (
          <p className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
            Hanya baca: isian hanya dapat diubah oleh perencana selama laporan berstatus Draf atau
            Dikembalikan.
          </p>
        )}
      </div>
      <PageSearch
        info={page}
        search={query.cari}
        path={path}
        placeholder="Cari kode atau nama sub kegiatan"
      />
      {pagination}
      {page.pageCount > 1 && data.editable && (
        <p className="text-sm text-slate-600">Simpan isian halaman ini sebelum pindah ke halaman lain.</p>
      )}
      <RealisasiGrid key={`${page.page}:${query.cari ?? ""}`} data={data} buktiHref={`${base}/bukti`} />
      {pagination}
    </div>
  );
}
