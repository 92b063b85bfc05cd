import Link from "next/link";
import { notFound } from "next/navigation";
import { BudgetTreeTable } from "@/components/budget-tree-table";
import { IndicatorTable } from "@/components/indicator-table";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { SummaryCard } from "@/components/summary-card";
import { loadProgramDetail } from "@/lib/server/dashboard/load-program-detail";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { quarterLabel } from "@/lib/vocabulary";

export const dynamic = "force-dynamic";

export default async function ProgramPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; tahun: string; id: string }>;
  searchParams: Promise<{ tw?: string }>;
}) {
  const { id, ...opdYearParams } = await params;
  const context = await requireOpdYearContext(opdYearParams);
  const program = await loadProgramDetail(context, id, (await searchParams).tw);
  if (!program) notFound();
  const [total] = program.rows;
  const base = `/opd/${context.opd.slug}/${context.year}`;

  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={context.opd} year={context.year} />
        <h1 className="mt-2 text-2xl font-semibold" data-testid="program-title">
          <span className="font-mono text-lg text-slate-500">{program.code}</span> {program.name}
        </h1>
        <p className="text-slate-600">
          Program · realisasi s.d. {quarterLabel(program.throughQuarter)} ·{" "}
          <Link
            href={`${base}/dasbor?tw=${program.throughQuarter}`}
            className="text-emerald-800 hover:underline"
          >
            ← dasbor
          </Link>
        </p>
      </div>
      {total && (
        <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <SummaryCard label="Pagu" value={total.pagu} testId="program-pagu" />
          <SummaryCard label="Realisasi" value={total.realisasi} testId="program-realisasi" />
          <SummaryCard label="Serapan" value={total.serapan} testId="program-serapan" />
          <SummaryCard label="Sisa Anggaran" value={total.sisa} />
        </div>
      )}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Indikator program, kegiatan dan sub kegiatan</h2>
        <IndicatorTable rows={program.indicators} />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Kegiatan dan sub kegiatan</h2>
        <BudgetTreeTable rows={program.rows.slice(1)} />
      </section>
    </div>
  );
}
