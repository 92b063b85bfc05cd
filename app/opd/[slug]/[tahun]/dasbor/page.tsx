import type { Metadata } from "next";
import Link from "next/link";
import { QuarterNav } from "@/components/dashboard/quarter-nav";
import { CumulativeChart, ProgramChart, RenstraChart } from "@/components/dashboard/charts";
import { PredikatBadge } from "@/components/dashboard/predikat-badge";
import { FindingCountsText } from "@/components/finding-counts";
import { FINDINGS_LISTED_PER_KIND } from "@/components/findings-panel";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { ReviewNoteList } from "@/components/review-note-list";
import { formatCount } from "@/lib/format";
import { countOpenNotes } from "@/lib/review/visible-notes";
import { loadReviewNotes } from "@/lib/server/review/load-review-notes";
import { SummaryCard } from "@/components/summary-card";
import { findingSeverityLabel } from "@/lib/calc/finding";
import { laporanStatusLabel, quarterLabel } from "@/lib/vocabulary";
import { loadOpdDashboard } from "@/lib/server/dashboard/load-opd-dashboard";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { TableFrame, TableHead } from "@/components/ui/table";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Dasbor" };

const section = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";

export default async function OpdDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; tahun: string }>;
  searchParams: Promise<{ tw?: string }>;
}) {
  const context = await requireOpdYearContext(await params);
  const { opd, year, laporan } = context;
  const notes = loadReviewNotes(context);
  const dashboard = await loadOpdDashboard(context, (await searchParams).tw);
  const { throughQuarter, total, iku, programs, cumulative, planSource, renstra, findings } = dashboard;
  const base = `/opd/${opd.slug}/${year}`;

  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={opd} year={year} />
        <h1 className="mt-2 text-2xl font-semibold">Dasbor Kinerja {year}</h1>
        <p className="text-slate-600">
          {opd.name} · realisasi s.d. {quarterLabel(throughQuarter)} · status LKIP{" "}
          <strong data-testid="laporan-status">{laporanStatusLabel[laporan.status]}</strong>
        </p>
        <QuarterNav base={`${base}/dasbor`} current={throughQuarter}>
          <Link href={`${base}/pohon-kinerja`} className="px-2 py-1 text-sm text-emerald-800 hover:underline">
            Pohon kinerja →
          </Link>
        </QuarterNav>
      </div>

      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {iku.map((row) => (
          <div
            key={row.id}
            className="col-span-2 rounded-lg border border-slate-200 bg-white p-4"
            data-testid="iku-card"
          >
            <div className="text-xs uppercase tracking-wide text-slate-500">IKU · {row.name}</div>
            <div className="mt-1 text-xl font-semibold tabular-nums">
              <span data-testid="iku-realisasi">{row.realisasi}</span>{" "}
              <span className="text-base font-normal text-slate-600">
                dari target <span data-testid="iku-target">{row.target}</span>
              </span>
            </div>
            <div className="mt-1 text-sm" data-testid="iku-capaian">
              Capaian <PredikatBadge capaian={row.capaian} />
            </div>
          </div>
        ))}
        <SummaryCard label="Serapan anggaran" value={total.serapan.text} testId="dashboard-serapan" />
        <SummaryCard
          label="Temuan pemeriksaan"
          value={String(findings.counts.total)}
          testId="dashboard-findings"
        />
      </div>

      <section className={section}>
        <h2 className="text-lg font-semibold">Program: capaian dan serapan, terburuk di atas</h2>
        <ProgramChart programs={programs} />
        <TableFrame label="Program: capaian dan serapan" plain>
          <table className="w-full min-w-[600px] text-sm" data-testid="dashboard-programs">
            <TableHead>
              <th>Program</th>
              <th>Capaian indikator</th>
              <th className="text-right">Serapan</th>
              <th className="text-right">Realisasi / pagu</th>
            </TableHead>
            <tbody>
              {programs.map((program) => (
                <tr key={program.id} className="border-t border-slate-200" data-code={program.code}>
                  <td className="px-2 py-2">
                    <Link href={program.href} className="text-emerald-900 hover:underline">
                      <span className="font-mono text-xs text-slate-500">{program.code}</span> {program.name}
                    </Link>
                  </td>
                  <td className="px-2 py-2" data-col="capaian">
                    <PredikatBadge capaian={program.capaian} />
                  </td>
                  <td className="whitespace-nowrap px-2 py-2 text-right tabular-nums" data-col="serapan">
                    {program.serapan.text}
                  </td>
                  <td className="whitespace-nowrap px-2 py-2 text-right text-xs tabular-nums text-slate-600">
                    {program.realisasi}
                    <br />
                    {program.pagu}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      </section>

      <section className={section}>
        <h2 className="text-lg font-semibold">Realisasi kumulatif per triwulan</h2>
        <p className="text-sm text-slate-600">
          Pagu {total.pagu}; realisasi s.d. {quarterLabel(throughQuarter)} {total.realisasi}; sisa{" "}
          {total.sisa}.{" "}
          {planSource === "RENCANA_AKSI"
            ? "Rencana dari rencana penarikan dana dalam rencana aksi."
            : "Belum ada rencana aksi, maka acuannya garis lurus pagu per triwulan."}
        </p>
        <CumulativeChart points={cumulative} planSource={planSource} />
        <table className="w-full text-sm" data-testid="cumulative-table">
          <TableHead plain>
            <th>Triwulan</th>
            <th className="text-right">Realisasi kumulatif</th>
            <th className="text-right">
              {planSource === "RENCANA_AKSI" ? "Rencana (rencana aksi)" : "Rencana (garis lurus)"}
            </th>
          </TableHead>
          <tbody>
            {cumulative.map((point) => (
              <tr key={point.quarter} className="border-t border-slate-100" data-quarter={point.quarter}>
                <td className="py-1">{point.quarter}</td>
                <td className="py-1 text-right tabular-nums">{point.realisasiText}</td>
                <td className="whitespace-nowrap py-1 pl-2 text-right tabular-nums">{point.rencanaText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {renstra.map((history) => (
        <section key={history.id} className={section}>
          <h2 className="text-lg font-semibold">IKU sepanjang periode Renstra</h2>
          <p className="text-sm text-slate-600">{history.name}</p>
          <RenstraChart points={history.points} satuan={history.satuan} />
          <table className="w-full text-sm" data-testid="renstra-table">
            <TableHead plain>
              <th>Tahun</th>
              <th className="text-right">Target</th>
              <th className="text-right">Realisasi</th>
              <th className="text-right">Capaian</th>
            </TableHead>
            <tbody>
              {history.points.map((point) => (
                <tr key={point.year} className="border-t border-slate-100">
                  <td className="py-1">{point.year}</td>
                  <td className="py-1 text-right tabular-nums">{point.targetText}</td>
                  <td className="py-1 text-right tabular-nums">{point.realisasiText}</td>
                  <td className="py-1 text-right tabular-nums">{point.capaian}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}

      <section className={section}>
        <h2 className="text-lg font-semibold">Temuan pemeriksaan data tahun {year}</h2>
        <p className="text-sm text-slate-700">
          <FindingCountsText counts={findings.counts} />. Pemeriksaan seluruh tahun (s.d. TW IV), sama dengan
          halaman laporan dan syarat penetapan final, apa pun triwulan yang dipilih di atas.
        </p>
        {findings.groups.length === 0 && <p className="text-sm text-emerald-800">Tidak ada temuan.</p>}
        {findings.groups.map((group) => (
          <details
            key={group.key}
            className="rounded border border-slate-200 p-2 text-sm"
            data-code={group.code}
          >
            <summary className="cursor-pointer">
              <span className="font-medium">{group.label}</span> · {findingSeverityLabel[group.severity]} ·{" "}
              {formatCount(group.items.length)} butir
            </summary>
            <ul className="mt-2 space-y-1">
              {group.items.slice(0, FINDINGS_LISTED_PER_KIND).map((item, index) => (
                <li key={index} className="break-words">
                  {item.href ? (
                    <Link href={item.href} className="text-emerald-900 hover:underline">
                      {item.location}
                    </Link>
                  ) : (
                    item.location
                  )}
                  : {item.message}
                </li>
              ))}
              {group.items.length > FINDINGS_LISTED_PER_KIND && (
                <li>
                  … dan {formatCount(group.items.length - FINDINGS_LISTED_PER_KIND)} butir lainnya, semuanya
                  tercantum di{" "}
                  <a href={`${base}/pemeriksaan.pdf`} className="underline">
                    lembar pemeriksaan (PDF)
                  </a>
                  .
                </li>
              )}
            </ul>
          </details>
        ))}
      </section>

      <section className={section}>
        <h2 className="text-lg font-semibold">Alur kerja dan catatan reviu</h2>
        <p className="text-sm">
          Status LKIP: <strong>{laporanStatusLabel[laporan.status]}</strong> ·{" "}
          <Link href={base} className="text-emerald-800 underline">
            halaman laporan →
          </Link>{" "}
          · <span data-testid="open-notes">{formatCount(countOpenNotes(notes))} catatan belum selesai</span> ·{" "}
          <Link href={`${base}/catatan`} className="text-emerald-800 underline">
            semua catatan →
          </Link>
        </p>
        <ReviewNoteList notes={notes} showItem conversationHref={`${base}/catatan`} />
      </section>
    </div>
  );
}
