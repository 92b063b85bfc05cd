import type { Metadata } from "next";
import { RencanaAksiGrid } from "@/components/grid/rencana-aksi-grid";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { formatDateLong } from "@/lib/format";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadRencanaAksiPage } from "@/lib/server/rencana-aksi/load-rencana-aksi-page";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Rencana Aksi" };

export default async function RencanaAksiPage({
  params,
}: {
  params: Promise<{ slug: string; tahun: string }>;
}) {
  const context = await requireOpdYearContext(await params);
  const data = await loadRencanaAksiPage(context);
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
        <RencanaAksiGrid data={data} />
      )}
    </div>
  );
}
