import "server-only";
import { assembleReviewSheet } from "@/lib/lkip/review-sheet";
import { laporanStatusLabel, reviewNoteStatusLabel } from "@/lib/vocabulary";
import { db } from "../db";
import { runHeavy } from "../heavy/run-heavy";
import type { DownloadFile } from "../http/download";
import type { LaporanDetail } from "../laporan/get-laporan";
import { getOpdYearEvaluation, type OpdYearRef } from "../opd-year/load-opd-year";

/**
 * The review sheet (lembar pemeriksaan) of an OPD-year the caller has authorised to read its LKIP: the
 * findings of the checks through TW IV and the inspectorate's review notes, dated.
 */
export async function getReviewSheetPdf(
  ref: OpdYearRef & { laporan: LaporanDetail },
  { generatedBy, signal }: { generatedBy: string | null; signal?: AbortSignal },
): Promise<{ filename: `${string}.pdf`; bytes: Uint8Array }> {
  const { opd, year, laporan } = ref;
  const [evaluation, notes] = await Promise.all([
    getOpdYearEvaluation(ref, 4),
    db.reviewNote.findMany({
      where: { pemdaId: opd.pemdaId, laporanId: laporan.id },
      orderBy: { createdAt: "asc" },
      include: {
        author: { select: { name: true } },
        replies: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      },
    }),
  ]);
  const sheet = assembleReviewSheet({
    opdName: opd.name,
    year,
    status: laporanStatusLabel[laporan.status],
    findings: evaluation.findings,
    notes: notes.map((note) => ({
      entityLabel: note.entityLabel,
      status: reviewNoteStatusLabel[note.status],
      body: note.body,
      author: note.author?.name ?? null,
      createdAt: note.createdAt,
      replies: note.replies.map((reply) => ({
        body: reply.body,
        author: reply.author?.name ?? null,
        createdAt: reply.createdAt,
      })),
    })),
    finalNote:
      laporan.status === "FINAL"
        ? (laporan.transitions.find((t) => t.toStatus === "FINAL")?.note ?? null)
        : null,
    generatedAt: new Date(),
    generatedBy,
  });
  return {
    filename: `Pemeriksaan-${opd.slug}-${year}.pdf`,
    bytes: await runHeavy("review-pdf", sheet, { signal }),
  };
}

/** The review sheet as the route hands it out (the caller checked the right to read the LKIP). */
export async function reviewSheetDownload(
  context: OpdYearRef & { laporan: LaporanDetail; principal: { name: string } },
  signal?: AbortSignal,
): Promise<DownloadFile> {
  const sheet = await getReviewSheetPdf(context, { generatedBy: context.principal.name, signal });
  return { filename: sheet.filename, body: sheet.bytes };
}
