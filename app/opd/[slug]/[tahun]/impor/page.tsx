import type { Metadata } from "next";
import { DownloadLink } from "@/components/ui/download-link";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { ImportForm } from "@/components/xlsx/import-form";
import { laporanStatusLabel } from "@/lib/vocabulary";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Impor dan Ekspor Excel" };

export default async function ImporPage({ params }: { params: Promise<{ slug: string; tahun: string }> }) {
  const { opd, year, laporan, rights } = await requireOpdYearContext(await params);
  const base = `/opd/${opd.slug}/${year}`;
  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={opd} year={year} />
        <h1 className="mt-2 text-2xl font-semibold">Impor dan Ekspor Excel {year}</h1>
        <p className="text-slate-600">
          {opd.name} · LKIP berstatus {laporanStatusLabel[laporan.status]}
        </p>
      </div>
      {rights.exportReports && (
        <p className="text-sm">
          <DownloadLink
            href={`${base}/export.xlsx`}
            label={`Unduh templat berisi data tahun ${year} (.xlsx)`}
            look="link"
            testId="export-link"
          />{" "}
          — lembar Anggaran, Indikator, Renstra dan Narasi. Ubah di Excel lalu unggah kembali di bawah ini.
        </p>
      )}
      {rights.exportReports && (
        <p className="text-sm">
          <DownloadLink
            href={`${base}/lkip-tabel.xlsx`}
            label="Unduh tabel LKIP (.xlsx)"
            look="link"
            testId="lkip-tables-link"
          />{" "}
          — realisasi anggaran, capaian program dan kegiatan, IKU.
        </p>
      )}
      {rights.importPlan ? (
        <ImportForm opdId={opd.id} year={year} treeHref={base} />
      ) : (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" role="status">
          {rights.planner
            ? `Laporan tahun ${year} berstatus ${laporanStatusLabel[laporan.status]}; impor hanya dapat dilakukan selama laporan berstatus Draf atau Dikembalikan.`
            : "Impor hanya untuk perencana dan administrator."}
        </p>
      )}
    </div>
  );
}
