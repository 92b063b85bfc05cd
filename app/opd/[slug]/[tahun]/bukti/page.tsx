import Decimal from "decimal.js";
import type { Metadata } from "next";
import Link from "next/link";
import { BuktiList } from "@/components/bukti/bukti-list";
import { BuktiUploadForm } from "@/components/bukti/bukti-upload-form";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { formatPercent } from "@/lib/format";
import { formatFileSize } from "@/lib/inputs/image";
import { type BuktiQuery, loadBuktiPage } from "@/lib/server/bukti/load-bukti";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Bukti dukung" };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** The OPD-year's bukti dukung grouped by target (or one target's, from a link), with upload and delete. */
export default async function BuktiPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; tahun: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireOpdYearContext(await params);
  const { opd, year, rights } = context;
  const query = await searchParams;
  const wanted: BuktiQuery = {
    lke: one(query.lke),
    indikator: one(query.indikator),
    tw: one(query.tw),
    subKegiatan: one(query.subKegiatan),
    catatan: one(query.catatan),
  };
  const page = await loadBuktiPage(context, wanted);
  const base = `/opd/${opd.slug}/${year}`;
  const usedShare = formatPercent(new Decimal(page.usedBytes).div(page.quotaBytes).times(100));
  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={opd} year={year} />
        <h1 className="mt-2 text-2xl font-semibold">Bukti Dukung {year}</h1>
        <p className="text-slate-600" data-testid="bukti-quota">
          {opd.name} · terpakai {formatFileSize(page.usedBytes)} dari {formatFileSize(page.quotaBytes)} (
          {usedShare})
        </p>
        {page.focus && (
          <p className="mt-1 text-sm">
            Menampilkan bukti untuk {page.focus.label}.{" "}
            <Link href={`${base}/bukti`} className="text-emerald-800 underline">
              Tampilkan semua
            </Link>
          </p>
        )}
      </div>
      {rights.planner && (
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">Unggah bukti dukung</h2>
          <BuktiUploadForm opdId={opd.id} year={year} focus={page.focus} options={page.options} />
        </section>
      )}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Berkas tersimpan</h2>
        <BuktiList base={base} groups={page.groups} canDelete={rights.planner} />
      </section>
    </div>
  );
}
