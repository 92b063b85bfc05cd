import type { Metadata } from "next";
import { RencanaAksiGrid } from "@/components/grid/rencana-aksi-grid";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { Pagination } from "@/components/ui/pagination";
import { formatDateLong } from "@/lib/format";
import { pageQueryInput } from "@/lib/inputs/paging";
import { pageHref, pageOfList } from "@/lib/views/page-of-tree";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadRencanaAksiPage } from "@/lib/server/rencana-aksi/load-rencana-aksi-page";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Rencana Aksi" };

/** Rows of the grid a page sends: an OPD of thousands of sub kegiatan is paged, never sent whole. */
const ROWS_PER_PAGE = 150;

export default async function RencanaAksiPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; tahun: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireOpdYearContext(await params);
  const query = pageQueryInput.parse(await searchParams);
  const data = await loadRencanaAksiPage(context);
  const { items, info } = pageOfList(data.rows, query.halaman, ROWS_PER_PAGE);
  const pagination = (
    <Pagination
      info={info}
      noun="baris"
      label="Halaman rencana aksi"
      hrefOf={(n) => pageHref(`/opd/${context.opd.slug}/${context.year}/rencana-aksi`, {}, n)}
    />
  );
  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={context.opd} year={context.year} />
        <h1 className="mt-2 text-2xl font-semibold">Rencana Aksi {data.year}</h1>
        <p className="mt-2 max-w-3xl text-sm text-slate-600">
          Penjabaran Perjanjian Kinerja per triwulan: target tiap IKU dan indikator program/kegiatan, serta
          rencana penarikan dana tiap sub kegiatan. Isikan nilai triwulan itu sendiri, seperti realisasinya;
          capaian s.d. suatu triwulan dibandingkan dengan rencana s.d. triwulan yang sama. Jumlah rencana
          penarikan dana TW I–IV tidak boleh melebihi pagu.
        </p>
        {data.signedAt ? (
          <p
            className="mt-3 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900"
            data-testid="rencana-aksi-signed"
          >
            Ditandatangani bersama Perjanjian Kinerja pada {formatDateLong(new Date(data.signedAt))}; rencana
            aksi tidak dapat diubah lagi.
          </p>
        ) : (
          !data.editable && (
            <p className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              Hanya baca: rencana aksi diisi oleh perencana selama laporan berstatus Draf atau Dikembalikan.
            </p>
          )
        )}
      </div>
      {data.rows.length === 0 ? (
        <p className="text-slate-600">Belum ada struktur program atau IKU untuk tahun ini.</p>
      ) : (
        <>
          {pagination}
          <RencanaAksiGrid key={info.page} data={{ ...data, rows: items }} />
          {pagination}
        </>
      )}
    </div>
  );
}
