import "server-only";
import { coversBidang, type Principal } from "@/lib/auth/permissions";
import { assembleReviewSheet } from "@/lib/lkip/review-sheet";
import { visibleNotes } from "@/lib/review/visible-notes";
import { findingsInScope, type ScopedItem } from "@/lib/views/findings-in-scope";
import { laporanStatusLabel, reviewNoteStatusLabel } from "@/lib/vocabulary";
import { db } from "../db";
import { runHeavy } from "../heavy/run-heavy";
import type { DownloadFile } from "../http/download";
import type { LaporanDetail } from "../laporan/get-laporan";
import { getOpdYearEvaluation, type OpdYearRef } from "../opd-year/load-opd-year";

type Reader = Pick<Principal, "bidangIds">;

/** The OPD-year's plan items by level and kode with their bidang, for scoping findings to a bidang. */
async function loadScopedItems({ opd, year }: OpdYearRef): Promise<ScopedItem[]> {
  const where = { pemdaId: opd.pemdaId, opdId: opd.id, year };
  const select = { code: true, bidangId: true } as const;
  const [programs, kegiatan, subKegiatan, rekening] = await Promise.all([
    db.program.findMany({ where, select }),
    db.kegiatan.findMany({ where, select }),
    db.subKegiatan.findMany({ where, select }),
    db.rekeningBelanja.findMany({
      where: { pemdaId: opd.pemdaId, subKegiatan: where },
      select: { code: true, subKegiatan: { select: { bidangId: true } } },
    }),
  ]);
  return [
    ...programs.map((item) => ({ level: "PROGRAM", ...item })),
    ...kegiatan.map((item) => ({ level: "KEGIATAN", ...item })),
    ...subKegiatan.map((item) => ({ level: "SUB_KEGIATAN", ...item })),
    ...rekening.map((item) => ({ level: "REKENING", code: item.code, bidangId: item.subKegiatan.bidangId })),
  ];
}

/**
 * The review sheet (lembar pemeriksaan) of an OPD-year the caller has authorised to read its LKIP: the
 * findings of the checks through TW IV and the inspectorate's review notes, dated; for a reader limited
 * to some bidang only theirs (and those on the whole OPD), as on every page.
 */
export async function getReviewSheetPdf(
  ref: OpdYearRef & { laporan: LaporanDetail },
  { generatedBy, reader, signal }: { generatedBy: string | null; reader: Reader; signal?: AbortSignal },
): Promise<{ filename: `${string}.pdf`; bytes: Uint8Array }> {
  const { opd, year, laporan } = ref;
  const limited = reader.bidangIds.length > 0;
  const [evaluation, allNotes, items] = await Promise.all([
    getOpdYearEvaluation(ref, 4),
    db.reviewNote.findMany({
      where: { pemdaId: opd.pemdaId, laporanId: laporan.id },
      orderBy: { createdAt: "asc" },
      include: {
        author: { select: { name: true } },
        replies: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      },
    }),
    limited ? loadScopedItems(ref) : [],
  ]);
  const notes = visibleNotes(allNotes, limited ? reader.bidangIds : null);
  const findings = limited
    ? findingsInScope(evaluation.findings, items, (bidangId) => coversBidang(reader, bidangId))
    : evaluation.findings;
  const sheet = assembleReviewSheet({
    opdName: opd.name,
    year,
    status: laporanStatusLabel[laporan.status],
    findings,
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
  context: OpdYearRef & { laporan: LaporanDetail; principal: Principal },
  signal?: AbortSignal,
): Promise<DownloadFile> {
  const { principal } = context;
  const sheet = await getReviewSheetPdf(context, { generatedBy: principal.name, reader: principal, signal });
  return { filename: sheet.filename, body: sheet.bytes };
}
