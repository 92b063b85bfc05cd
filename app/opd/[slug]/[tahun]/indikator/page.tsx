import type { Metadata } from "next";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { IndicatorOwnerCard } from "@/components/indicators/indicator-owner-card";
import { ReviewNotesPanel } from "@/components/review-notes-panel";
import { PageSearch, Pagination } from "@/components/ui/pagination";
import { pageQueryInput } from "@/lib/inputs/paging";
import { laporanStatusLabel } from "@/lib/vocabulary";
import { type EditorOwner, pageOfIndicatorEditor } from "@/lib/views/indicator-editor";
import { pageHref } from "@/lib/views/page-of-tree";
import { itemTarget, notesAbout } from "@/lib/review/review-targets";
import { loadIndicatorEditor } from "@/lib/server/indicators/load-indicator-editor";
import { loadRevisionForm } from "@/lib/server/revisions/load-revision-form";
import { loadTargetRevisions } from "@/lib/server/revisions/load-target-revisions";
import { RecordRevisionForm } from "@/components/revisions/record-revision-form";
import { RevisionHistory } from "@/components/revisions/revision-history";
import { loadReviewNotes } from "@/lib/server/review/load-review-notes";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Indikator Kinerja" };

export default async function IndikatorPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; tahun: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireOpdYearContext(await params);
  const { opd, year, laporan, rights } = context;
  const yearEditable = rights.editPlan;
  const query = pageQueryInput.parse(await searchParams);
  const [editor, history, revisionRows] = await Promise.all([
    loadIndicatorEditor(context),
    loadTargetRevisions(context, "RENSTRA"),
    rights.recordRevision ? loadRevisionForm(context, "RENSTRA") : [],
  ]);
  const { groups, info, indicatorCounts } = pageOfIndicatorEditor(editor, {
    page: query.halaman,
    search: query.cari,
  });
  const path = `/opd/${opd.slug}/${year}/indikator`;
  const pagination = (
    <Pagination
      info={info}
      noun="sub kegiatan"
      label="Halaman indikator sub kegiatan"
      hrefOf={(page) => pageHref(`${path}#SUB_KEGIATAN`, { cari: query.cari }, page)}
    />
  );
  const planner = rights.planner;
  const notes = loadReviewNotes(context);
  // Notes on an owner's indicators, and on the owner itself when it is a program, kegiatan or sub kegiatan.
  const reviewOf = (owner: EditorOwner) => {
    const targets = [
      ...owner.indicators.map((indicator) => ({
        entity: "Indikator" as const,
        entityId: indicator.id,
        label: `Indikator ${indicator.definition.name}`,
      })),
      ...itemTarget(owner),
    ];
    const about = notesAbout(notes, targets);
    if (about.length === 0 && (!rights.writeReviewNote || targets.length === 0)) return null;
    return (
      <details className="text-sm" data-testid="indicator-notes" open={about.length > 0}>
        <summary className="cursor-pointer text-emerald-800">Catatan reviu ({about.length})</summary>
        <div className="mt-2">
          <ReviewNotesPanel
            notes={about}
            laporanId={laporan.id}
            targets={targets}
            canWrite={rights.writeReviewNote}
            conversationHref={`/opd/${opd.slug}/${year}/catatan`}
          />
        </div>
      </details>
    );
  };

  return (
    <div className="space-y-8">
      <div>
        <OpdYearBackLink opd={opd} year={year} />
        <h1 className="mt-2 text-2xl font-semibold">Indikator Kinerja {year}</h1>
        <p className="text-slate-600">
          Definisi, target dan capaian setiap indikator. Capaian dihitung dari target (atau target perubahan,
          bila ada) dan realisasi tahun {year}.
        </p>
      </div>
      {planner && !yearEditable && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="indicator-locked">
          Laporan tahun {year} berstatus {laporanStatusLabel[laporan.status]}; indikator dan target tidak
          dapat diubah.
        </p>
      )}
      {planner && yearEditable && !rights.wholeOpd && (
        <p className="text-sm text-slate-600">
          Anda dapat mengubah indikator program, kegiatan dan sub kegiatan bidang Anda. Indikator tujuan dan
          sasaran diubah oleh perencana tingkat perangkat daerah.
        </p>
      )}
      <nav className="flex flex-wrap gap-3 text-sm" aria-label="Kelompok indikator">
        {groups.map((group) => (
          <a key={group.level} href={`#${group.level}`} className="text-emerald-800 hover:underline">
            {group.title} ({indicatorCounts.get(group.level)})
          </a>
        ))}
      </nav>
      {groups.map((group) => (
        <section
          key={group.level}
          id={group.level}
          className="space-y-3"
          data-testid={`indicator-group-${group.level}`}
        >
          <h2 className="text-lg font-semibold">{group.title}</h2>
          {group.level === "SUB_KEGIATAN" && (
            <>
              <PageSearch
                info={info}
                search={query.cari}
                path={`${path}#SUB_KEGIATAN`}
                placeholder="Cari kode atau nama sub kegiatan"
              />
              {pagination}
            </>
          )}
          {group.owners.length === 0 && !query.cari && <p className="text-sm text-slate-500">Tidak ada.</p>}
          {group.owners.map((owner) => (
            <IndicatorOwnerCard key={owner.id} owner={owner} year={year}>
              {reviewOf(owner)}
            </IndicatorOwnerCard>
          ))}
          {group.level === "SUB_KEGIATAN" && pagination}
        </section>
      ))}
      <RevisionHistory kind="RENSTRA" history={history} />
      {rights.recordRevision && revisionRows.length > 0 && (
        <RecordRevisionForm opdId={opd.id} year={year} kind="RENSTRA" rows={revisionRows} />
      )}
    </div>
  );
}
