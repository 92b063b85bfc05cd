import type { ComponentProps } from "react";
import { laporanStatusLabel } from "@/lib/vocabulary";
import type { LaporanHistory } from "@/lib/workflow/laporan-history";
import Link from "next/link";
import { countOpenNotes } from "@/lib/review/visible-notes";
import { ReviewNoteList } from "./review-note-list";
import type { WorkflowMove } from "@/lib/auth/opd-year-rights";
import { WorkflowPanel } from "./workflow-panel";
import { formatDateTime } from "@/lib/format";
import type { OpenFindings } from "@/lib/views/open-findings";

/** Status of the LKIP, the moves the viewer may make, its history and the inspectorate's notes. */
export function LaporanStatusPanel({
  laporan,
  notes,
  notesHref,
  moves,
  findings,
}: {
  laporan: LaporanHistory;
  /** The review notes the viewer may read, newest first. */
  notes: ComponentProps<typeof ReviewNoteList>["notes"];
  /** The OPD-year's page of review conversations. */
  notesHref: string;
  moves: WorkflowMove[];
  /** Open errors and warnings, listed in the confirmation of a move. */
  findings: OpenFindings;
}) {
  return (
    <div className="grid gap-6 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-2">
      <div className="space-y-4">
        <div>
          <span className="text-sm text-slate-500">Status LKIP</span>
          <div className="text-xl font-semibold" data-testid="laporan-status">
            {laporanStatusLabel[laporan.status]}
          </div>
        </div>
        <WorkflowPanel
          laporanId={laporan.id}
          version={laporan.version}
          status={laporan.status}
          moves={moves}
          findings={findings}
          openNotes={countOpenNotes(notes)}
        />
        {laporan.transitions.length > 0 && (
          <ol className="space-y-2 border-l-2 border-slate-200 pl-4 text-sm" data-testid="laporan-history">
            {laporan.transitions.map((t) => (
              <li key={t.id}>
                <span className="font-medium">
                  {laporanStatusLabel[t.fromStatus]} → {laporanStatusLabel[t.toStatus]}
                </span>{" "}
                oleh {t.user?.name ?? "—"}, {formatDateTime(t.createdAt)} WIB
                {t.note && <p className="whitespace-pre-line text-slate-700">“{t.note}”</p>}
              </li>
            ))}
          </ol>
        )}
      </div>
      <div className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="font-semibold">Catatan Reviu Inspektorat</h3>
          <Link
            href={notesHref}
            className="text-sm text-emerald-800 hover:underline"
            data-testid="notes-link"
          >
            Semua catatan ({countOpenNotes(notes)} belum selesai) →
          </Link>
        </div>
        <ReviewNoteList notes={notes} showItem conversationHref={notesHref} />
      </div>
    </div>
  );
}
