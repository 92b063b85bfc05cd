import type { Metadata } from "next";
import Link from "next/link";
import { QuarterNav } from "@/components/dashboard/quarter-nav";
import { notFound } from "next/navigation";
import { RegionTable } from "@/components/dashboard/region-table";
import { formatCount, formatDateTime } from "@/lib/format";
import { yearSchema } from "@/lib/inputs/year";
import { requirePrincipal } from "@/lib/server/auth/session";
import { loadRegionDashboard } from "@/lib/server/region/load-region-dashboard";
import { loadOpenNoteCounts } from "@/lib/server/review/load-open-note-counts";
import { quarterLabel } from "@/lib/vocabulary";
import { TableFrame, TableHead } from "@/components/ui/table";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ tahun: string }>;
}): Promise<Metadata> {
  const year = yearSchema.safeParse((await params).tahun);
  return { title: year.success ? `Dasbor Wilayah ${year.data}` : "Dasbor Wilayah" };
}

export default async function RegionDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ tahun: string }>;
  searchParams: Promise<{ tw?: string }>;
}) {
  const principal = await requirePrincipal();
  const region = await loadRegionDashboard(principal, (await params).tahun, (await searchParams).tw);
  if (!region) notFound();
  const { year, throughQuarter, late } = region;
  const openNotes = await loadOpenNoteCounts(principal, year);

  return (
    <div className="space-y-6">
      <div>
        <Link href="/" className="text-sm text-emerald-800 hover:underline">
          ← Perangkat Daerah
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Dasbor Wilayah {year}</h1>
        <p className="text-slate-600">
          {region.pemdaName} · {region.opds.length} perangkat daerah · realisasi s.d.{" "}
          {quarterLabel(throughQuarter)}
        </p>
        <QuarterNav base={`/wilayah/${year}`} current={throughQuarter} />
        <Link href={`/wilayah/${year}/lke`} className="text-sm text-emerald-800 hover:underline">
          Rekap Evaluasi SAKIP (LKE) →
        </Link>
      </div>

      <RegionTable rows={region.opds} total={region.total} />
      <p className="text-sm text-slate-600">
        Temuan: pemeriksaan data seluruh tahun (s.d. TW IV) apa pun triwulan yang dipilih, dihitung seperti di
        halaman laporan perangkat daerah: satu temuan per aturan (untuk realisasi kosong: per triwulan).
      </p>

      <p className="text-sm" data-testid="region-open-notes">
        Catatan reviu belum selesai:{" "}
        {openNotes.length === 0
          ? "tidak ada."
          : openNotes.map((opd, index) => (
              <span key={opd.href}>
                {index > 0 && ", "}
                <Link href={opd.href} className="text-emerald-800 hover:underline">
                  {opd.name} ({formatCount(opd.open)})
                </Link>
              </span>
            ))}
      </p>

      <section
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
        data-testid="late-entries"
      >
        <h2 className="text-lg font-semibold">Terlambat mengisi realisasi</h2>
        <p className="text-sm text-slate-600">
          Batas pengisian: {region.deadlineDays} hari setelah triwulan berakhir (pengaturan daerah). Dihitung
          per {formatDateTime(region.now)} WIB
          {region.pinnedClock && <strong> (jam uji SAKIP_TEST_NOW, bukan waktu sebenarnya)</strong>}.
        </p>
        {late.length === 0 ? (
          <p className="text-sm text-emerald-800">Tidak ada yang terlambat.</p>
        ) : (
          <TableFrame label="Terlambat mengisi realisasi" plain>
            <table className="w-full min-w-[600px] text-sm">
              <TableHead plain>
                <th>Perangkat daerah · bidang</th>
                <th>Triwulan</th>
                <th>Batas</th>
                <th className="text-right">Terlambat</th>
                <th className="text-right">Belum diisi</th>
              </TableHead>
              <tbody>
                {late.map((entry) => (
                  <tr
                    key={`${entry.opd}-${entry.bidang}-${entry.quarter}`}
                    className="border-t border-slate-100"
                    data-testid="late-entry"
                  >
                    <td className="py-1 pr-2">
                      {entry.opd} · {entry.bidang}
                    </td>
                    <td className="py-1 pr-2">{entry.quarter}</td>
                    <td className="py-1 pr-2">{entry.deadline}</td>
                    <td className="py-1 pr-2 text-right tabular-nums">{entry.daysLate} hari</td>
                    <td className="py-1 text-right tabular-nums">
                      {entry.missing} dari {entry.leaves} isian
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
      </section>
    </div>
  );
}
