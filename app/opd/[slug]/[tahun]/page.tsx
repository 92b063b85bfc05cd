import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { BudgetTreeTable } from "@/components/budget-tree-table";
import { FindingsPanel } from "@/components/findings-panel";
import { IndicatorTable } from "@/components/indicator-table";
import { SummaryCard } from "@/components/summary-card";
import { rollupBudget } from "@/lib/calc/budget";
import { runChecks } from "@/lib/calc/checks";
import { getOpdBySlug } from "@/lib/server/opd/get-opd";
import { loadOpdYear } from "@/lib/server/opd-year/load-opd-year";
import { toBudgetTreeRows } from "@/lib/views/budget-tree-rows";
import { toIndicatorRows } from "@/lib/views/indicator-rows";

export const dynamic = "force-dynamic";

const yearSchema = z.coerce.number().int().min(2000).max(2100);
// The LKIP reports the whole year.
const throughQuarter = 4;

export default async function OpdYearPage({ params }: { params: Promise<{ slug: string; tahun: string }> }) {
  const { slug, tahun } = await params;
  const year = yearSchema.safeParse(tahun);
  const opd = await getOpdBySlug(slug);
  const data = year.success && opd ? await loadOpdYear({ opd, year: year.data }) : null;
  if (!opd || !data) notFound();

  const rows = toBudgetTreeRows(rollupBudget({ root: data.budget, throughQuarter }));
  const [total] = rows;
  const count = (level: string) => rows.filter((row) => row.level === level).length;
  const indicatorRows = toIndicatorRows({
    indicators: data.indicators.filter((i) => i.level === "SASARAN" || i.level === "PROGRAM"),
    throughQuarter,
    settings: data.settings,
  });
  const findings = runChecks({ ...data, throughQuarter });

  return (
    <div className="space-y-8">
      <div>
        <Link href="/" className="text-sm text-emerald-800 hover:underline">
          ← Perangkat Daerah
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{opd.name}</h1>
        <p className="text-slate-600">
          {opd.pemdaName} · Tahun Anggaran {year.data} · {count("PROGRAM")} program, {count("KEGIATAN")} kegiatan,{" "}
          {count("SUB_KEGIATAN")} sub kegiatan
        </p>
      </div>
      {total && (
        <div className="grid grid-cols-2 gap-4 md:grid-cols-4" data-testid="opd-summary">
          <SummaryCard label="Pagu" value={total.pagu} testId="total-pagu" />
          <SummaryCard label="Realisasi" value={total.realisasi} testId="total-realisasi" />
          <SummaryCard label="Serapan" value={total.serapan} testId="total-serapan" />
          <SummaryCard label="Sisa Anggaran" value={total.sisa} testId="total-sisa" />
        </div>
      )}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Pemeriksaan Data</h2>
        <FindingsPanel findings={findings} />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Capaian Indikator Kinerja Utama dan Program</h2>
        <IndicatorTable rows={indicatorRows} />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Realisasi Anggaran</h2>
        <p className="text-sm text-slate-500">
          Semua angka dihitung dari sub kegiatan (daun pohon anggaran); baris program, kegiatan dan total adalah
          jumlah anak-anaknya.
        </p>
        <BudgetTreeTable rows={rows.slice(1)} />
      </section>
    </div>
  );
}
