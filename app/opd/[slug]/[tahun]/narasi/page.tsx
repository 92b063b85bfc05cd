import type { Metadata } from "next";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { NarrativeSectionEditor } from "@/components/narrative/narrative-section-editor";
import { laporanStatusLabel } from "@/lib/vocabulary";
import { loadNarrativeEditor } from "@/lib/server/narrative/load-narrative-editor";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { NarrativeTokenHelp } from "@/components/narrative/narrative-token-help";
import { NarrativeFiguresProvider } from "@/components/narrative/narrative-figures";
import { serializeNarrativeFigures } from "@/lib/calc/figure-tokens";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Narasi LKIP" };

export default async function NarasiPage({ params }: { params: Promise<{ slug: string; tahun: string }> }) {
  const context = await requireOpdYearContext(await params);
  const { opd, year, laporan, rights } = context;
  const canEdit = rights.editNarrative;
  const { chapters, figures } = await loadNarrativeEditor(context);
  const planner = rights.planner;
  const wholeOpd = planner && rights.wholeOpd;

  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={opd} year={year} />
        <h1 className="mt-2 text-2xl font-semibold">Narasi LKIP {year}</h1>
        <p className="text-slate-600">
          Teks setiap bagian laporan kinerja. Pratinjau menunjukkan teks seperti yang akan dicetak, dengan
          angka token dari data tahun ini.
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
      <NarrativeTokenHelp tokens={figures.tokens} />
      <nav className="flex flex-wrap gap-3 text-sm" aria-label="Bab">
        {chapters.map((chapter, i) => (
          <a key={chapter.title} href={`#bab-${i}`} className="text-emerald-800 hover:underline">
            {chapter.title}
          </a>
        ))}
      </nav>
      <NarrativeFiguresProvider figures={serializeNarrativeFigures(figures)}>
        {chapters.map((chapter, i) => (
          <section key={chapter.title} id={`bab-${i}`} className="space-y-4" data-testid="narrative-chapter">
            <h2 className="text-xl font-semibold">{chapter.title}</h2>
            {chapter.entries.map((entry) => (
              <NarrativeSectionEditor
                key={`${entry.section}:${entry.owner?.id ?? ""}`}
                laporanId={laporan.id}
                canEdit={canEdit}
                section={entry.section}
                ids={entry.ids}
                title={entry.title}
                mandatory={entry.mandatory}
                body={entry.body}
                version={entry.version}
                draft={entry.draft}
              />
            ))}
          </section>
        ))}
      </NarrativeFiguresProvider>
    </div>
  );
}
