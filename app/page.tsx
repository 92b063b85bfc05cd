import type { Metadata } from "next";
import Link from "next/link";
import { OpdYearLinks } from "@/components/opd-year-links";
import { StartYearForm } from "@/components/admin/start-year-form";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePrincipal } from "@/lib/server/auth/session";
import { listVisibleOpds } from "@/lib/server/opd/list-opds";

export const dynamic = "force-dynamic";

// The root layout's title template is for the pages below it, not for this page beside it.
export const metadata: Metadata = { title: { absolute: "Perangkat Daerah — SAKIP" } };

const steps = [
  "Mulai tahun anggaran: kosong, atau salin struktur tahun lain.",
  "Isi struktur anggaran (program → kegiatan → sub kegiatan, pagu) di halaman Struktur anggaran.",
  "Tetapkan indikator dan targetnya di halaman Indikator.",
  "Catat realisasi anggaran dan indikator per triwulan.",
  "Tulis narasi LKIP, periksa temuan, lalu ajukan untuk reviu.",
];

export default async function HomePage() {
  const principal = await requirePrincipal();
  const opds = await listVisibleOpds(principal);
  // A bidang-limited planner works inside a year; opening one is for the whole OPD.
  const canStart = hasPermission(principal, "year:start") && principal.bidangIds.length === 0;
  const thisYear = new Date().getFullYear();
  const years = [...new Set(opds.flatMap((opd) => opd.laporan.map((l) => l.year)))].sort((a, b) => b - a);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Perangkat Daerah</h1>
      {hasPermission(principal, "region:read") && years.length > 0 && (
        <nav className="flex flex-wrap items-center gap-2 text-sm" aria-label="Dasbor wilayah">
          <span className="font-medium">Dasbor wilayah:</span>
          {years.map((year) => (
            <Link key={year} href={`/wilayah/${year}`} className="text-emerald-800 hover:underline">
              {year}
            </Link>
          ))}
        </nav>
      )}
      {opds.length === 0 && (
        <p className="text-slate-600">
          Belum ada perangkat daerah.{" "}
          {hasPermission(principal, "organisation:manage")
            ? "Tambahkan di halaman Administrasi."
            : "Administrator daerah menambahkannya."}
        </p>
      )}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {opds.map((opd) => (
          <li key={opd.id} className="space-y-3 px-4 py-3" data-slug={opd.slug}>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <span className="min-w-0 break-words">
                <span className="font-medium">{opd.name}</span>
                <span className="ml-2 text-sm text-slate-500">{opd.pemda.name}</span>
              </span>
              <span className="flex flex-wrap gap-2">
                <OpdYearLinks slug={opd.slug} laporan={opd.laporan} />
              </span>
            </div>
            {opd.laporan.length === 0 && (
              <div
                className="space-y-3 rounded-md border border-amber-200 bg-amber-50 p-4 text-sm"
                data-testid="how-to-begin"
              >
                <p className="font-medium text-amber-900">
                  Perangkat daerah ini belum memiliki tahun anggaran.
                </p>
                <ol className="list-decimal space-y-1 pl-5 text-slate-800">
                  {steps.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ol>
                {canStart ? (
                  <StartYearForm opdId={opd.id} slug={opd.slug} years={[]} suggestedYear={thisYear} />
                ) : (
                  <p className="text-slate-700">
                    Administrator atau perencana perangkat daerah ini memulai tahun pertamanya.
                  </p>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
