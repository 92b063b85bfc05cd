import Link from "next/link";
import { hasPermission } from "@/lib/auth/permissions";
import { laporanStatusLabel } from "@/lib/laporan-status";
import { requirePrincipal } from "@/lib/server/auth/session";
import { listVisibleOpds } from "@/lib/server/opd/list-opds";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const principal = await requirePrincipal();
  const opds = await listVisibleOpds(principal);
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
      {opds.length === 0 && <p className="text-slate-600">Belum ada perangkat daerah.</p>}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {opds.map((opd) => (
          <li key={opd.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <span>
              <span className="font-medium">{opd.name}</span>
              <span className="ml-2 text-sm text-slate-500">{opd.pemda.name}</span>
            </span>
            <span className="flex gap-2">
              {opd.laporan.map((laporan) => (
                <Link
                  key={laporan.year}
                  href={`/opd/${opd.slug}/${laporan.year}`}
                  className="rounded-md border border-emerald-700 px-3 py-1 text-sm text-emerald-800 hover:bg-emerald-50"
                >
                  {laporan.year} · {laporanStatusLabel[laporan.status]}
                </Link>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
