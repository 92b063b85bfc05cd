import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BudgetTreeTable } from "@/components/budget-tree-table";
import { IndicatorTable } from "@/components/indicator-table";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { ReviewNotesPanel } from "@/components/review-notes-panel";
import { SummaryCard } from "@/components/summary-card";
import { PageSearch, Pagination } from "@/components/ui/pagination";
import { pageQueryInput } from "@/lib/inputs/paging";
import { pageHref } from "@/lib/views/page-of-tree";
import { itemTarget, notesAbout } from "@/lib/review/review-targets";
import { loadProgramDetail } from "@/lib/server/dashboard/load-program-detail";
import { loadReviewNotes } from "@/lib/server/review/load-review-notes";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { quarterLabel } from "@/lib/vocabulary";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Program" };

export default async function ProgramPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; tahun: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id, ...opdYearParams } = await params;
  const context = await requireOpdYearContext(opdYearParams);
  const search = await searchParams;
  const tw = typeof search.tw === "string" ? search.tw : undefined;
  const query = pageQueryInput.parse(search);
  const program = await loadProgramDetail(context, id, tw, query);
  if (!program) notFound();
  const [total] = program.rows;
  // Notes on the program and on its kegiatan of this page.
  const targets = program.rows.filter((row) => row.level !== "SUB_KEGIATAN").flatMap(itemTarget);
  const base = `/opd/${context.opd.slug}/${context.year}`;
  const path = `${base}/program/${id}`;
  const pagination = (
    <Pagination
      info={program.page}
      noun="sub kegiatan"
      label="Halaman kegiatan dan sub kegiatan"
      hrefOf={(page) => pageHref(`${path}#kegiatan`, { tw, cari: query.cari }, page)}
    />
  );

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
        <div className="grid gap-3 sm:grid-cols-2 md:grid-cols-4">
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
      <section className="space-y-3" id="kegiatan">
        <h2 className="text-lg font-semibold">Kegiatan dan sub kegiatan</h2>
        <PageSearch
          info={program.page}
          search={query.cari}
          path={`${path}#kegiatan`}
          keep={{ tw }}
          placeholder="Cari kode atau nama sub kegiatan"
        />
        {pagination}
        <BudgetTreeTable rows={program.rows.slice(1)} />
        {pagination}
      </section>
      <section className="space-y-3" data-testid="program-notes">
        <h2 className="text-lg font-semibold">Catatan Reviu</h2>
        <ReviewNotesPanel
          notes={notesAbout(loadReviewNotes(context), targets)}
          laporanId={context.laporan.id}
          targets={targets}
          canWrite={context.rights.writeReviewNote}
          conversationHref={`${base}/catatan`}
        />
      </section>
    </div>
  );
}
