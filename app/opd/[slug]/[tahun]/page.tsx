import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { BudgetTreeTable } from "@/components/budget-tree-table";
import { SummaryCard } from "@/components/summary-card";
import { rollupBudget } from "@/lib/calc/budget";
import { loadBudgetTree } from "@/lib/server/budget/load-budget-tree";
import { getOpdBySlug } from "@/lib/server/opd/get-opd";
import { toBudgetTreeRows } from "@/lib/views/budget-tree-rows";

export const dynamic = "force-dynamic";

const yearSchema = z.coerce.number().int().min(2000).max(2100);

export default async function OpdYearPage({ params }: { params: Promise<{ slug: string; tahun: string }> }) {
  const { slug, tahun } = await params;
  const year = yearSchema.safeParse(tahun);
  const opd = await getOpdBySlug(slug);
  if (!year.success || !opd) notFound();
  const tree = await loadBudgetTree({
    pemdaId: opd.pemdaId,
    opdId: opd.id,
    year: year.data,
    opdName: opd.name,
  });
  if (!tree) notFound();

  const rows = toBudgetTreeRows(rollupBudget({ root: tree, throughQuarter: 4 }));
  const [total] = rows;
  const count = (level: string) => rows.filter((row) => row.level === level).length;

  return (
    <div className="space-y-6">
      <div>
        <Link href="/" className="text-sm text-emerald-800 hover:underline">
          ← Perangkat Daerah
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{opd.name}</h1>
        <p className="text-slate-600">
          {opd.pemdaName} · Tahun Anggaran {year.data} · {count("PROGRAM")} program, {count("KEGIATAN")}{" "}
          kegiatan, {count("SUB_KEGIATAN")} sub kegiatan
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
      <p className="text-sm text-slate-500">
        Semua angka dihitung dari sub kegiatan (daun pohon anggaran); baris program, kegiatan dan total adalah
        jumlah anak-anaknya.
      </p>
      <BudgetTreeTable rows={rows.slice(1)} />
    </div>
  );
}
