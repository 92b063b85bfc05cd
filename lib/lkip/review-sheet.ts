import { findingSeverityLabel, type Finding } from "@/lib/calc/finding";
import { countFindingGroups, describeFindingCounts, groupFindings } from "@/lib/calc/finding-groups";
import { formatCount, formatDateTime } from "@/lib/format";

/**
 * The review sheet of an LKIP (lembar pemeriksaan) for the head of office and the inspectorate: the
 * findings of the data checks and the review notes, which the signed LKIP itself never carries.
 */
export type ReviewSheet = {
  title: string;
  subtitle: string;
  /** "Dibuat 7 Des 2026 10.15 WIB oleh …" */
  generated: string;
  /** "4 temuan: 3 kesalahan, 1 peringatan; 38 butir", counted as the OPD-year page counts them. */
  findingCounts: string;
  /** One per rule (and triwulan), every item listed. */
  findings: { severity: string; kind: string; items: { where: string; message: string }[] }[];
  notes: {
    about: string;
    status: string;
    body: string;
    by: string;
    replies: { body: string; by: string }[];
  }[];
  /** The reason given when the LKIP was made FINAL over open findings. */
  finalNote: string | null;
};

type Written = { body: string; author: string | null; createdAt: Date };
export type ReviewNoteInput = Written & { entityLabel: string; status: string; replies: readonly Written[] };

const byline = (written: Written) =>
  `${written.author ?? "Peninjau"}, ${formatDateTime(written.createdAt)} WIB`;

export function assembleReviewSheet({
  opdName,
  year,
  status,
  findings,
  notes,
  finalNote,
  generatedAt,
  generatedBy,
}: {
  opdName: string;
  year: number;
  status: string;
  findings: readonly Finding[];
  notes: readonly ReviewNoteInput[];
  finalNote: string | null;
  generatedAt: Date;
  generatedBy: string | null;
}): ReviewSheet {
  const groups = groupFindings(findings);
  return {
    title: `Lembar Pemeriksaan LKIP ${opdName} Tahun ${year}`,
    subtitle: `Hasil pemeriksaan data dan catatan reviu (status laporan: ${status}); dokumen internal, bukan bagian LKIP yang ditandatangani.`,
    generated: `Dibuat ${formatDateTime(generatedAt)} WIB${generatedBy ? ` oleh ${generatedBy}` : ""}`,
    findingCounts: describeFindingCounts(countFindingGroups(groups)),
    findings: groups.map((group) => ({
      severity: findingSeverityLabel[group.severity],
      kind: `${group.label}: ${formatCount(group.items.length)} butir`,
      items: group.items.map((finding) => ({
        where: [finding.location.code, finding.location.name, finding.location.indicator?.name]
          .filter(Boolean)
          .join(" · "),
        message: finding.message,
      })),
    })),
    notes: notes.map((note) => ({
      about: note.entityLabel,
      status: note.status,
      body: note.body,
      by: byline(note),
      replies: note.replies.map((reply) => ({ body: reply.body, by: byline(reply) })),
    })),
    finalNote,
  };
}
