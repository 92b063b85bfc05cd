import type { Metadata } from "next";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { LkeCriterionCard } from "@/components/lke/lke-criterion-card";
import { LkeScoreTable } from "@/components/lke/lke-score-table";
import { DownloadLink } from "@/components/ui/download-link";
import { formatCount } from "@/lib/format";
import { lkeSubKomponen, parseLkeCode } from "@/lib/lke/score";
import { loadLke } from "@/lib/server/lke/load-lke";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Evaluasi SAKIP (LKE)" };

export default async function LkePage({ params }: { params: Promise<{ slug: string; tahun: string }> }) {
  const context = await requireOpdYearContext(await params);
  const { opd, year, rights } = context;
  const lke = await loadLke(context);
  const base = `/opd/${opd.slug}/${year}`;
  const { result } = lke;
  return (
    <div className="space-y-6">
      <OpdYearBackLink opd={opd} year={year} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Evaluasi SAKIP (LKE) {year}</h1>
          <p className="text-slate-600">
            {opd.name} · Lembar Kerja Evaluasi PermenPAN-RB 88/2021 · {formatCount(result.answered)} dari{" "}
            {formatCount(result.criteria)} kriteria dijawab, {formatCount(result.scored)} dinilai evaluator
          </p>
        </div>
        {rights.exportReports && <DownloadLink href={`${base}/lke.xlsx`} label="Unduh LKE (.xlsx)" />}
      </div>
      {lke.criteria.length === 0 ? (
        <p className="text-slate-600" data-testid="lke-empty">
          Kriteria LKE belum disiapkan untuk pemerintah daerah ini. Administrator dapat memuat kriteria
          PermenPAN-RB 88/2021 di halaman Administrasi → Kriteria LKE.
        </p>
      ) : (
        <>
          <LkeScoreTable result={result} />
          {lke.komponen.map((k) => (
            <section key={k.number} className="space-y-4">
              <h2 className="text-lg font-semibold">
                {k.number}. {k.name}
              </h2>
              {lkeSubKomponen.map((sub) => {
                const criteria = lke.criteria.filter((c) => {
                  const code = parseLkeCode(c.code);
                  return code?.component === k.number && code.sub === sub.key;
                });
                if (criteria.length === 0) return null;
                return (
                  <div key={sub.key} className="space-y-2">
                    <h3 className="font-medium text-slate-700">
                      {k.number}.{sub.key} {sub.name}
                    </h3>
                    <ol className="space-y-2">
                      {criteria.map((criterion) => (
                        <LkeCriterionCard
                          key={criterion.id}
                          laporanId={lke.laporanId}
                          criterion={criterion}
                          canAnswer={rights.answerLke}
                          canScore={rights.scoreLke}
                          buktiHref={`${base}/bukti?lke=${criterion.code}`}
                        />
                      ))}
                    </ol>
                  </div>
                );
              })}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
