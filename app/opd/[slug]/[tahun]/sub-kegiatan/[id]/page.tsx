import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { RealisasiForm } from "@/components/forms/realisasi-form";
import { ReviewNotesPanel } from "@/components/review-notes-panel";
import { SummaryCard } from "@/components/summary-card";
import { rollupBudget } from "@/lib/calc/budget";
import { formatRupiah } from "@/lib/format";
import { describeSerapan } from "@/lib/calc/serapan";
import { reportPeriods } from "@/lib/inputs/realisasi-anggaran";
import { reportPeriodLabel } from "@/lib/vocabulary";
import { formatInputRupiah } from "@/lib/parse/indonesian-number";
import { toDecimal } from "@/lib/server/decimal";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { getSubKegiatan } from "@/lib/server/realisasi/get-sub-kegiatan";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sub Kegiatan" };

export default async function SubKegiatanPage({
  params,
}: {
  params: Promise<{ slug: string; tahun: string; id: string }>;
}) {
  const { id, ...opdYearParams } = await params;
  const found = await requireOpdYearContext(opdYearParams);
  const { laporan, rights } = found;
  const sub = await getSubKegiatan({ ...found, id });
  if (!sub) notFound();

  const entries = sub.realisasi.map((r) => ({
    period: r.period,
    amount: toDecimal(r.amount),
    version: r.version,
  }));
  const budget = rollupBudget({
    root: {
      ...{ id: sub.id, level: "SUB_KEGIATAN", code: sub.code, name: sub.name, children: [] },
      paguAwal: toDecimal(sub.paguAwal),
      paguPerubahan: toDecimal(sub.paguPerubahan),
      realisasi: entries,
    },
    throughQuarter: 4,
  });
  const canEdit = rights.editPlan;
  const usesAnnual = entries.some((e) => e.period === "TAHUNAN");
  const fillable = reportPeriods.filter(
    (period) =>
      !entries.some((e) => e.period === period) &&
      (entries.length === 0 || (period === "TAHUNAN") === usesAnnual),
  );

  return (
    <div className="space-y-8">
      <div>
        <OpdYearBackLink opd={found.opd} year={found.year} />
        <h1 className="mt-2 text-2xl font-semibold">
          <span className="font-mono text-lg text-slate-500">{sub.code}</span> {sub.name}
        </h1>
        <p className="text-slate-600">
          Kegiatan {sub.kegiatan.code} {sub.kegiatan.name} · {sub.bidang?.name ?? "Tanpa bidang"} ·{" "}
          <Link
            href={`/opd/${found.opd.slug}/${found.year}/bukti?subKegiatan=${sub.id}`}
            className="text-emerald-800 underline"
          >
            Bukti dukung dan foto dokumentasi
          </Link>
        </p>
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <SummaryCard label="Pagu" value={formatRupiah(budget.pagu)} testId="sub-pagu" />
        <SummaryCard
          label="Realisasi"
          value={budget.realisasi.status === "KNOWN" ? formatRupiah(budget.realisasi.value) : "—"}
          testId="sub-realisasi"
        />
        <SummaryCard label="Serapan" value={describeSerapan(budget.serapan)} testId="sub-serapan" />
      </div>

      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Realisasi Anggaran</h2>
        {!canEdit && rights.planner && (
          <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
            Laporan tahun {found.year} sedang tidak dapat diubah (status saat ini tidak terbuka untuk
            perencana).
          </p>
        )}
        <ul className="space-y-3">
          {entries.map((entry) => (
            <li
              key={entry.period}
              className="rounded-lg border border-slate-200 bg-white p-4"
              data-period={entry.period}
            >
              {canEdit ? (
                <RealisasiForm
                  subKegiatanId={sub.id}
                  periods={[entry.period]}
                  amount={formatInputRupiah(entry.amount)}
                  version={entry.version}
                />
              ) : (
                <span>
                  {reportPeriodLabel[entry.period]}: <strong>{formatRupiah(entry.amount)}</strong>
                </span>
              )}
            </li>
          ))}
          {entries.length === 0 && <li className="text-slate-600">Belum ada realisasi.</li>}
        </ul>
        {canEdit && fillable.length > 0 && (
          <div className="rounded-lg border border-dashed border-slate-300 p-4">
            <RealisasiForm subKegiatanId={sub.id} periods={fillable} amount="" version={null} />
          </div>
        )}
      </section>

      {sub.indikator.length > 0 && (
        <section className="space-y-3">
          <h2 className="text-lg font-semibold">Indikator Keluaran</h2>
          <ul className="list-disc space-y-1 pl-6 text-sm">
            {sub.indikator.map((indikator) => (
              <li key={indikator.id}>
                {indikator.definition.name}: realisasi {indikator.shown.realisasi}, target{" "}
                {indikator.shown.targetInForce}, capaian {indikator.shown.capaian}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Catatan Reviu</h2>
        <ReviewNotesPanel
          notes={sub.notes}
          laporanId={laporan.id}
          targets={[{ entity: "SubKegiatan", entityId: sub.id, label: sub.name }]}
          canWrite={rights.writeReviewNote}
          conversationHref={`/opd/${found.opd.slug}/${found.year}/catatan`}
        />
      </section>
    </div>
  );
}
