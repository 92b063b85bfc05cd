import "server-only";
import { countFindings } from "@/lib/calc/finding-groups";
import { AppError } from "@/lib/errors";
import { laporanStatusLabel } from "@/lib/vocabulary";
import { findTransition, needsReason } from "@/lib/workflow/laporan-workflow";
import { db } from "../db";
import { authorize, findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { saveVersioned } from "../mutations/versioned";
import { freezeLkipRevision, FREEZE_TIMEOUT_MS } from "../lkip/lkip-revisions";
import { transitionLaporanInput } from "@/lib/inputs/laporan";
import { mailNotices } from "../notifications/mail-notices";
import { notify, opdAudience, reviewers } from "../notifications/notify";
import { findOpenFindings } from "./open-findings";

/** Moves an LKIP along DRAFT → DIAJUKAN → DIKEMBALIKAN/DIREVIU → FINAL, and FINAL → DRAFT (reopen). */
export const transitionLaporan = defineMutation({
  name: "laporan.transition",
  input: transitionLaporanInput,
  async run({ principal, input, audit }) {
    const { result, notices } = await db.$transaction(async (tx) => {
      // The move decides the permission: first only whether the principal sees the LKIP.
      const laporan = await findForWrite(
        principal,
        null,
        tx.laporanKinerja.findFirst({
          where: { id: input.laporanId, pemdaId: principal.pemdaId },
          include: { opd: { select: { slug: true, name: true } } },
        }),
        (laporan) => ({ pemdaId: laporan.pemdaId, opdId: laporan.opdId }),
      );
      const scope = { pemdaId: laporan.pemdaId, opdId: laporan.opdId };
      const transition = findTransition(laporan.status, input.to);
      if (!transition) {
        throw new AppError(
          "INVALID",
          `Laporan berstatus ${laporanStatusLabel[laporan.status]} tidak dapat diubah menjadi ${laporanStatusLabel[input.to]}.`,
        );
      }
      authorize(principal, transition.action, scope);
      if (transition.noteRequired && !input.note) {
        throw new AppError(
          "INVALID",
          input.to === "DRAFT" ? "Alasan membuka kembali wajib diisi." : "Catatan reviu wajib diisi.",
        );
      }
      if (input.to === "FINAL" && !input.note) {
        // Recomputed here from the stored figures: what the browser showed may be stale or forged.
        const counts = countFindings(await findOpenFindings(laporan));
        if (needsReason(transition, counts.errors)) {
          throw new AppError(
            "INVALID",
            `Masih ada ${counts.errors} kesalahan terbuka (${counts.items.ERROR} butir) pada pemeriksaan data; tuliskan alasan menetapkan final tanpa memperbaikinya.`,
          );
        }
      }
      await saveVersioned({
        existing: laporan,
        expectedVersion: input.version,
        update: (where) =>
          tx.laporanKinerja.updateMany({
            where: { ...where, status: laporan.status },
            data: { status: input.to, version: { increment: 1 } },
          }),
        stale: async () => {
          // Read anew: under READ COMMITTED this sees what the other user stored.
          const now = await tx.laporanKinerja.findUniqueOrThrow({ where: { id: laporan.id } });
          return new AppError(
            "CONFLICT",
            `Status laporan telah diubah oleh pengguna lain menjadi ${laporanStatusLabel[now.status]}. Muat ulang halaman.`,
            { status: laporanStatusLabel[now.status] },
          );
        },
      });
      await tx.statusTransition.create({
        data: {
          pemdaId: laporan.pemdaId,
          laporanId: laporan.id,
          fromStatus: laporan.status,
          toStatus: input.to,
          userId: principal.userId,
          note: input.note || null,
        },
      });
      await audit(tx, {
        opdId: laporan.opdId,
        year: laporan.year,
        entity: "LaporanKinerja",
        entityId: laporan.id,
        oldValues: { status: laporan.status },
        newValues: { status: input.to },
        reason: input.note || null,
      });
      if (input.to === "FINAL")
        await freezeLkipRevision(tx, { laporan, principal, note: input.note || null });
      const notices = await notify(tx, {
        pemdaId: laporan.pemdaId,
        actorId: principal.userId,
        userIds: [
          ...(await opdAudience(tx, { pemdaId: laporan.pemdaId, opdId: laporan.opdId })),
          ...(await reviewers(tx, laporan.pemdaId)),
        ],
        kind: input.to === "DIKEMBALIKAN" ? "LKIP_DIKEMBALIKAN" : "ALUR_LKIP",
        title: `LKIP ${laporan.opd.name} ${laporan.year}: ${laporanStatusLabel[laporan.status]} → ${laporanStatusLabel[input.to]} oleh ${principal.name}`,
        href: `/opd/${laporan.opd.slug}/${laporan.year}`,
      });
      return { result: { status: input.to, version: laporan.version + 1 }, notices };
    }, FREEZE_TIMEOUT_MS);
    await mailNotices(notices);
    return result;
  },
});
