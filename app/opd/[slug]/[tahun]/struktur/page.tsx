import type { Metadata } from "next";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { CopyYearForm } from "@/components/structure/copy-year-form";
import { RenstraSection } from "@/components/structure/renstra-section";
import { StructureEditor } from "@/components/structure/structure-editor";
import { PageSearch, Pagination } from "@/components/ui/pagination";
import { pageQueryInput } from "@/lib/inputs/paging";
import { pageOfStructure } from "@/lib/structure/structure-data";
import { laporanStatusLabel } from "@/lib/vocabulary";
import { pageHref } from "@/lib/views/page-of-tree";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadRenstra } from "@/lib/server/structure/load-renstra";
import { loadStructure } from "@/lib/server/structure/load-structure";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Struktur Anggaran" };

export default async function StrukturPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; tahun: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { principal, opd, year, laporan, rights } = await requireOpdYearContext(await params);
  const [data, renstra] = await Promise.all([
    loadStructure({ principal, opd, year }),
    loadRenstra({ opd, year }),
  ]);
  const search = await searchParams;
  const disalin = typeof search.disalin === "string" ? search.disalin : undefined;
  const query = pageQueryInput.parse(search);
  const paged = pageOfStructure(data, { page: query.halaman, search: query.cari });
  const path = `/opd/${opd.slug}/${year}/struktur`;
  const pagination = (
    <Pagination
      info={paged.info}
      noun="sub kegiatan"
      label="Halaman struktur anggaran"
      hrefOf={(page) => pageHref(`${path}#struktur`, { cari: query.cari }, page)}
    />
  );

  const { planner, wholeOpd } = rights;
  const editable = rights.editPlan;
  const count = {
    kegiatan: data.programs.flatMap((p) => p.kegiatan),
    subKegiatan: data.programs.flatMap((p) => p.kegiatan.flatMap((k) => k.subKegiatan)),
  };
  const rekening = count.subKegiatan.reduce((sum, s) => sum + s.rekening.length, 0);
  let suggestedYear = year + 1;
  while (data.openedYears.includes(suggestedYear)) suggestedYear += 1;

  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={opd} year={year} />
        <h1 className="mt-2 text-2xl font-semibold">Struktur Anggaran {year}</h1>
        <p className="text-slate-600" data-testid="structure-counts">
          {opd.name} · {data.programs.length} program, {count.kegiatan.length} kegiatan,{" "}
          {count.subKegiatan.length} sub kegiatan, {rekening} rekening · LKIP berstatus{" "}
          {laporanStatusLabel[laporan.status]}
        </p>
      </div>

      {disalin && (
        <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
          Struktur tahun {disalin} telah disalin ke tahun {year}. Periksa kode, nama dan pagu, lalu lengkapi
          target indikatornya.
        </p>
      )}
      {planner && !editable && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" role="status">
          Laporan tahun {year} berstatus {laporanStatusLabel[laporan.status]}; struktur hanya dapat dilihat.
          Perubahan hanya dapat dilakukan selama laporan berstatus Draf atau Dikembalikan.
        </p>
      )}
      <RenstraSection opdId={opd.id} year={year} data={renstra} editable={editable && wholeOpd} />

      {editable && !wholeOpd && (
        <p className="text-sm text-slate-600">
          Anda dapat menambah dan mengubah program, kegiatan dan sub kegiatan bidang Anda saja.
        </p>
      )}
      {editable && (
        <p className="text-sm text-slate-500">
          Kode mengikuti Kepmendagri 050-5889/2021: program 1.06.04, kegiatan 1.06.04.2.01, sub kegiatan
          1.06.04.2.01.0001, rekening belanja 5.1.02.01.01.0024. Kode kegiatan dan sub kegiatan diawali kode
          induknya.
        </p>
      )}

      <div id="struktur" className="space-y-3">
        <PageSearch
          info={paged.info}
          search={query.cari}
          path={`${path}#struktur`}
          placeholder="Cari kode atau nama sub kegiatan"
        />
        {pagination}
        <StructureEditor
          opdId={opd.id}
          year={year}
          data={paged.data}
          editable={editable}
          wholeOpd={wholeOpd}
        />
        {pagination}
      </div>

      {planner && wholeOpd && data.programs.length > 0 && (
        <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 className="text-lg font-semibold">Salin struktur ke tahun berikutnya</h2>
          <CopyYearForm opdId={opd.id} slug={opd.slug} fromYear={year} suggestedYear={suggestedYear} />
        </section>
      )}
    </div>
  );
}
