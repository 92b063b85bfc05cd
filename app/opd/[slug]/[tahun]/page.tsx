import Link from "next/link";
import { BudgetTreeTable } from "@/components/budget-tree-table";
import { FindingsPanel } from "@/components/findings-panel";
import { IndicatorTable } from "@/components/indicator-table";
import { LaporanStatusPanel } from "@/components/laporan-status-panel";
import { loadReviewNotes } from "@/lib/server/review/load-review-notes";
import { SummaryCard } from "@/components/summary-card";
import { PageSearch, Pagination } from "@/components/ui/pagination";
import { openableSubKegiatan } from "@/lib/auth/opd-year-rights";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { getOpdYearEvaluation } from "@/lib/server/opd-year/load-opd-year";
import { pageQueryInput } from "@/lib/inputs/paging";
import { countBudgetLevels, pageOfBudgetTree, toBudgetTreeRows } from "@/lib/views/budget-tree-rows";
import { toIndicatorRows } from "@/lib/views/indicator-rows";
import { toOpenFindings } from "@/lib/views/open-findings";
import { pageHref } from "@/lib/views/page-of-tree";

export const dynamic = "force-dynamic";

// The LKIP reports the whole year.
const throughQuarter = 4;

export default async function OpdYearPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; tahun: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireOpdYearContext(await params);
  const query = pageQueryInput.parse(await searchParams);
  const { principal, opd, year, laporan, rights } = context;
  const { subKegiatan, indicators, rollup, findings } = await getOpdYearEvaluation(context, throughQuarter);

  const base = `/opd/${opd.slug}/${year}`;
  const openable = openableSubKegiatan(principal, subKegiatan);
  const paged = pageOfBudgetTree(rollup, { page: query.halaman, search: query.cari });
  const rows = toBudgetTreeRows(paged.root, (node) =>
    openable.has(node.id) ? `${base}/sub-kegiatan/${node.id}` : null,
  );
  const [total] = rows;
  const count = countBudgetLevels(rollup);
  const pagination = (
    <Pagination
      info={paged.info}
      noun="sub kegiatan"
      label="Halaman realisasi anggaran"
      hrefOf={(page) => pageHref(`${base}#realisasi-anggaran`, { cari: query.cari }, page)}
    />
  );
  const indicatorRows = toIndicatorRows(
    indicators.filter((i) => i.level === "SASARAN" || i.level === "PROGRAM"),
  );

  return (
    <div className="space-y-8">
      <div>
        <Link href="/" className="text-sm text-emerald-800 hover:underline">
          ← Perangkat Daerah
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{opd.name}</h1>
        <p className="text-slate-600">
          {opd.pemdaName} · Tahun Anggaran {year} · {count.PROGRAM} program, {count.KEGIATAN} kegiatan,{" "}
          {count.SUB_KEGIATAN} sub kegiatan
        </p>
      </div>
      <LaporanStatusPanel
        laporan={laporan}
        notes={loadReviewNotes(context)}
        notesHref={`${base}/catatan`}
        moves={rights.moves}
        findings={toOpenFindings(findings)}
      />
      <nav className="flex flex-wrap gap-4 text-sm">
        <Link href={`${base}/dasbor`} className="font-medium text-emerald-800 hover:underline">
          Dasbor kinerja →
        </Link>
        <Link href={`${base}/catatan`} className="text-emerald-800 hover:underline">
          Catatan reviu →
        </Link>
        <Link href={`${base}/pohon-kinerja`} className="text-emerald-800 hover:underline">
          Pohon kinerja →
        </Link>
        <Link href={`${base}/realisasi/4`} className="text-emerald-800 hover:underline">
          Isian realisasi triwulan →
        </Link>
        <Link href={`${base}/indikator`} className="text-emerald-800 hover:underline">
          Indikator →
        </Link>
        <Link href={`${base}/lkip`} className="text-emerald-800 hover:underline">
          LKIP (bab dan PDF) →
        </Link>
        <Link href={`${base}/narasi`} className="text-emerald-800 hover:underline">
          Narasi LKIP →
        </Link>
        <Link href={`${base}/profil`} className="text-emerald-800 hover:underline">
          Profil organisasi →
        </Link>
        <Link href={`${base}/bukti`} className="text-emerald-800 hover:underline">
          Bukti dukung →
        </Link>
        <Link href={`${base}/perjanjian-kinerja`} className="text-emerald-800 hover:underline">
          Perjanjian Kinerja →
        </Link>
        <Link href={`${base}/lke`} className="text-emerald-800 hover:underline">
          Evaluasi SAKIP (LKE) →
        </Link>
        <Link href={`${base}/rencana-aksi`} className="text-emerald-800 hover:underline">
          Rencana Aksi →
        </Link>
        {rights.planner && (
          <Link href={`${base}/struktur`} className="text-emerald-800 hover:underline">
            Struktur anggaran →
          </Link>
        )}
        {(rights.planner || rights.exportReports) && (
          <Link href={`${base}/impor`} className="text-emerald-800 hover:underline">
            Impor / ekspor Excel →
          </Link>
        )}
        {rights.readAudit && (
          <Link href={`${base}/audit`} className="text-emerald-800 hover:underline">
            Lihat jejak audit →
          </Link>
        )}
      </nav>
      {total && (
        <div className="grid gap-4 sm:grid-cols-2 md:grid-cols-4" data-testid="opd-summary">
          <SummaryCard label="Pagu" value={total.pagu} testId="total-pagu" />
          <SummaryCard label="Realisasi" value={total.realisasi} testId="total-realisasi" />
          <SummaryCard label="Serapan" value={total.serapan} testId="total-serapan" />
          <SummaryCard label="Sisa Anggaran" value={total.sisa} testId="total-sisa" />
        </div>
      )}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Pemeriksaan Data</h2>
        <FindingsPanel findings={findings} sheetHref={`${base}/pemeriksaan.pdf`} />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Capaian Indikator Kinerja Utama dan Program</h2>
        <IndicatorTable rows={indicatorRows} />
      </section>
      <section className="space-y-3" id="realisasi-anggaran">
        <h2 className="text-lg font-semibold">Realisasi Anggaran</h2>
        <p className="text-sm text-slate-500">
          Semua angka dihitung dari sub kegiatan (daun pohon anggaran); baris program, kegiatan dan total
          adalah jumlah anak-anaknya.
        </p>
        <PageSearch
          info={paged.info}
          search={query.cari}
          path={`${base}#realisasi-anggaran`}
          placeholder="Cari kode atau nama sub kegiatan"
        />
        {pagination}
        <BudgetTreeTable rows={rows.slice(1)} />
        {pagination}
      </section>
    </div>
  );
}
