import type { Metadata } from "next";
import { ReviewNoteForm } from "@/components/forms/review-note-form";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { ReviewNoteList } from "@/components/review-note-list";
import { formatCount } from "@/lib/format";
import { narrativeSections } from "@/lib/inputs/narrative";
import { countOpenNotes } from "@/lib/review/visible-notes";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadReviewNotes } from "@/lib/server/review/load-review-notes";
import { narrativeSectionLabel } from "@/lib/vocabulary";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Catatan reviu" };

/** The OPD-year's review conversations: open ones first, each with its replies and actions. */
export default async function ReviewNotesPage({
  params,
}: {
  params: Promise<{ slug: string; tahun: string }>;
}) {
  const context = await requireOpdYearContext(await params);
  const { opd, year, laporan, rights } = context;
  const notes = loadReviewNotes(context);
  const open = notes.filter((note) => note.status !== "SELESAI");
  const closed = notes.filter((note) => note.status === "SELESAI");
  const controls = { reply: rights.replyReviewNote, moderate: rights.writeReviewNote };
  const targets = [
    { entity: "LaporanKinerja" as const, entityId: laporan.id, label: `Seluruh OPD tahun ${year}` },
    ...narrativeSections.map((section) => ({
      entity: "NarrativeSection" as const,
      entityId: section,
      label: `Bagian LKIP: ${narrativeSectionLabel[section]}`,
    })),
  ];
  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={opd} year={year} />
        <h1 className="mt-2 text-2xl font-semibold">Catatan Reviu {year}</h1>
        <p className="text-slate-600" data-testid="notes-summary">
          {opd.name} · {formatCount(countOpenNotes(notes))} belum selesai, {formatCount(closed.length)}{" "}
          selesai
        </p>
      </div>
      {rights.writeReviewNote && (
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">Catatan baru</h2>
          <ReviewNoteForm laporanId={laporan.id} targets={targets} />
          <p className="mt-2 text-xs text-slate-600">
            Catatan tentang program dan kegiatan ditulis di halaman programnya, tentang sub kegiatan di
            halaman sub kegiatannya, dan tentang indikator di halaman Indikator Kinerja.
          </p>
        </section>
      )}
      <section className="space-y-2" data-testid="open-notes-section">
        <h2 className="text-lg font-semibold">Belum selesai</h2>
        <ReviewNoteList
          notes={open}
          showItem
          controls={controls}
          buktiHref={`/opd/${opd.slug}/${year}/bukti`}
        />
      </section>
      {closed.length > 0 && (
        <section className="space-y-2" data-testid="closed-notes-section">
          <h2 className="text-lg font-semibold">Selesai</h2>
          <ReviewNoteList
            notes={closed}
            showItem
            controls={controls}
            buktiHref={`/opd/${opd.slug}/${year}/bukti`}
          />
        </section>
      )}
    </div>
  );
}
