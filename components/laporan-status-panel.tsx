import { laporanStatusLabel } from "@/lib/vocabulary";
import type { LaporanHistory } from "@/lib/workflow/laporan-history";
import { ReviewNoteList } from "./review-note-list";
import type { WorkflowMove } from "@/lib/auth/opd-year-rights";
import { WorkflowPanel } from "./workflow-panel";
import { formatDateTime } from "@/lib/format";
import type { OpenFindings } from "@/lib/views/open-findings";

/** Status of the LKIP, the moves the viewer may make, its history and the inspectorate's notes. */
export function LaporanStatusPanel({
  laporan,
  moves,
  findings,
}: {
  laporan: LaporanHistory;
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
        <h3 className="font-semibold">Catatan Reviu Inspektorat</h3>
        <ReviewNoteList notes={laporan.reviewNotes} showItem />
      </div>
    </div>
  );
}
