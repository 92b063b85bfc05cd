import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatCount, formatNumber } from "@/lib/format";
import { requirePrincipal } from "@/lib/server/auth/session";
import { loadLkeRegion } from "@/lib/server/lke/load-lke-region";
import { TableFrame, TableHead } from "@/components/ui/table";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Rekap LKE Wilayah" };

export default async function LkeRegionPage({ params }: { params: Promise<{ tahun: string }> }) {
  const principal = await requirePrincipal();
  const region = await loadLkeRegion(principal, (await params).tahun);
  if (!region) notFound();
  const { year, rows } = region;
  const cell = "px-3 py-2 text-right tabular-nums";
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/wilayah/${year}`} className="text-sm text-emerald-800 hover:underline">
          ← Dasbor Wilayah {year}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Rekap Evaluasi SAKIP (LKE) {year}</h1>
        <p className="text-slate-600">
          {region.pemdaName} · {formatCount(rows.length)} perangkat daerah, diurutkan dari nilai evaluator
          tertinggi
        </p>
      </div>
      <TableFrame label="Rekap LKE per perangkat daerah">
        <table className="w-full min-w-[640px] text-sm" data-testid="lke-region-table">
          <TableHead>
            <th className="w-10">No</th>
            <th>Perangkat daerah</th>
            <th className="text-right">Nilai evaluator</th>
            <th>Predikat</th>
            <th className="text-right">Penilaian mandiri</th>
            <th className="text-right">Dinilai</th>
          </TableHead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.slug} className="border-t border-slate-200" data-testid="lke-region-row">
                <td className="px-3 py-2">{index + 1}</td>
                <td className="px-3 py-2">
                  <Link href={`/opd/${row.slug}/${year}/lke`} className="text-emerald-800 underline">
                    {row.name}
                  </Link>
                </td>
                <td className={cell}>{formatNumber(row.result.total, 2)}</td>
                <td className="px-3 py-2 font-semibold">{row.result.predikat}</td>
                <td className={cell}>
                  {formatNumber(row.result.selfTotal, 2)} ({row.result.selfPredikat})
                </td>
                <td className={cell}>
                  {formatCount(row.result.scored)}/{formatCount(row.result.criteria)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </div>
  );
}
