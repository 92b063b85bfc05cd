import Link from "next/link";
import { laporanStatusLabel } from "@/lib/laporan-status";
import { listOpdsByPemda } from "@/lib/server/opd/list-opds";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const pemdas = await listOpdsByPemda();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Perangkat Daerah</h1>
      {pemdas.length === 0 && <p className="text-slate-600">Belum ada perangkat daerah.</p>}
      {pemdas.map((pemda) => (
        <section key={pemda.id} className="space-y-3">
          <h2 className="text-lg font-medium text-slate-700">{pemda.name}</h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {pemda.opds.map((opd) => (
              <li key={opd.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <span className="font-medium">{opd.name}</span>
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
        </section>
      ))}
    </div>
  );
}
