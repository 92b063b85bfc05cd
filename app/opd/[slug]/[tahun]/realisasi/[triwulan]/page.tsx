import Link from "next/link";
import { notFound } from "next/navigation";
import { RealisasiGrid } from "@/components/grid/realisasi-grid";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { QUARTERS } from "@/lib/calc/period";
import { quarterSchema } from "@/lib/inputs/quarter";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadRealisasiGrid } from "@/lib/server/realisasi/load-realisasi-grid";

export const dynamic = "force-dynamic";

export default async function RealisasiGridPage({
  params,
}: {
  params: Promise<{ slug: string; tahun: string; triwulan: string }>;
}) {
  const { triwulan, ...opdYearParams } = await params;
  const found = await requireOpdYearContext(opdYearParams);
  const quarter = quarterSchema.safeParse(triwulan);
  if (!quarter.success) notFound();
  const data = await loadRealisasiGrid({ ...found, quarter: quarter.data });
  const base = `/opd/${found.opd.slug}/${found.year}`;

  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={found.opd} year={found.year} />
        <h1 className="mt-2 text-2xl font-semibold">Isian Realisasi Triwulan {data.quarter}</h1>
        <nav className="mt-3 flex gap-2">
          {QUARTERS.map((q) => (
            <Link
              key={q}
              href={`${base}/realisasi/${q}`}
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
      <RealisasiGrid data={data} />
    </div>
  );
}
