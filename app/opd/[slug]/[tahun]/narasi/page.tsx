import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { NarrativeSectionEditor } from "@/components/narrative/narrative-section-editor";
import { laporanStatusLabel } from "@/lib/vocabulary";
import { loadNarratives } from "@/lib/server/narrative/load-narratives";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { getOpdYearEvaluation } from "@/lib/server/opd-year/load-opd-year";
import { NarrativeTokenHelp } from "@/components/narrative/narrative-token-help";

export const dynamic = "force-dynamic";

export default async function NarasiPage({ params }: { params: Promise<{ slug: string; tahun: string }> }) {
  const context = await requireOpdYearContext(await params);
  const { opd, year, laporan, rights } = context;
  const [entries, evaluation] = await Promise.all([
    loadNarratives({ opd, year, laporanId: laporan.id }),
    getOpdYearEvaluation(context, 4),
  ]);
  const planner = rights.planner;
  const wholeOpd = planner && rights.wholeOpd;
  const canEdit = rights.editNarrative;

  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={opd} year={year} />
        <h1 className="mt-2 text-2xl font-semibold">Narasi LKIP {year}</h1>
        <p className="text-slate-600">
          Teks setiap bagian laporan kinerja. Pratinjau menunjukkan teks seperti yang akan dicetak.
        </p>
      </div>
      {wholeOpd && !canEdit && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="narrative-locked">
          Laporan tahun {year} berstatus {laporanStatusLabel[laporan.status]}; narasi tidak dapat diubah.
        </p>
      )}
      {planner && !wholeOpd && (
        <p className="text-sm text-slate-600">
          Narasi laporan diubah oleh perencana tingkat perangkat daerah.
        </p>
      )}
      <NarrativeTokenHelp evaluation={evaluation} year={year} opdName={opd.name} />
      {entries.map((entry) => (
        <NarrativeSectionEditor
          key={`${entry.section}:${entry.sasaranId ?? ""}`}
          laporanId={laporan.id}
          canEdit={canEdit}
          {...entry}
        />
      ))}
    </div>
  );
}
