import "server-only";
import { formatRupiah } from "@/lib/format";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { saveRealisasiAnggaranInput } from "@/lib/inputs/realisasi-anggaran";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { toDecimal } from "../decimal";
import { assertYearEditable } from "../laporan/lock-laporan";
import { authorize } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";

const conflict = (current: Prisma.Decimal | null) =>
  new AppError(
    "CONFLICT",
    current === null
      ? "Realisasi ini telah dihapus atau belum pernah diisi oleh pengguna lain. Muat ulang halaman."
      : `Realisasi ini telah diubah oleh pengguna lain menjadi ${formatRupiah(toDecimal(current))}. Periksa lalu simpan lagi.`,
    { amount: current === null ? null : current.toString() },
  );

/** Stores the realisasi anggaran of one sub kegiatan for one period (a quarter, or the year as a whole). */
export const saveRealisasiAnggaran = defineMutation({
  name: "realisasiAnggaran.save",
  input: saveRealisasiAnggaranInput,
  async run({ principal, input }) {
    try {
      return await db.$transaction(async (tx) => {
        const sub = await tx.subKegiatan.findFirst({
          where: { id: input.subKegiatanId, pemdaId: principal.pemdaId },
          include: { realisasi: true, _count: { select: { rekening: true } } },
        });
        if (!sub) throw notFound();
        authorize(principal, "plan:edit", { pemdaId: sub.pemdaId, opdId: sub.opdId, bidangId: sub.bidangId });
        await assertYearEditable(tx, sub);
        if (sub._count.rekening > 0) {
          throw new AppError(
            "INVALID",
            "Sub kegiatan ini dirinci per rekening; isi realisasi pada rekeningnya.",
          );
        }
        const mixesPeriods = sub.realisasi.some(
          (r) => r.period !== input.period && (r.period === "TAHUNAN" || input.period === "TAHUNAN"),
        );
        if (mixesPeriods) {
          throw new AppError(
            "INVALID",
            "Realisasi tahunan tidak dapat dicampur dengan realisasi per triwulan.",
          );
        }

        const existing = sub.realisasi.find((r) => r.period === input.period) ?? null;
        if (existing === null ? input.version !== null : existing.version !== input.version) {
          throw conflict(existing?.amount ?? null);
        }
        const saved = existing
          ? await tx.realisasiAnggaran.updateMany({
              where: { id: existing.id, version: existing.version },
              data: { amount: input.amount.toString(), version: { increment: 1 } },
            })
          : await tx.realisasiAnggaran.create({
              data: {
                pemdaId: sub.pemdaId,
                subKegiatanId: sub.id,
                period: input.period,
                amount: input.amount.toString(),
              },
            });
        if ("count" in saved && saved.count === 0) {
          // Someone saved since we read: name what they stored, read anew (READ COMMITTED sees it now).
          const winner = await tx.realisasiAnggaran.findUnique({ where: { id: existing!.id } });
          throw conflict(winner?.amount ?? null);
        }

        await recordAudit(tx, {
          principal,
          opdId: sub.opdId,
          year: sub.year,
          action: "realisasiAnggaran.save",
          entity: "SubKegiatan",
          entityId: sub.id,
          oldValues: { period: input.period, amount: existing?.amount.toString() ?? null },
          newValues: { period: input.period, amount: input.amount.toString() },
        });
        return { version: (existing?.version ?? 0) + 1 };
      });
    } catch (error) {
      // Two users filling the same empty period at once: the unique index lets exactly one in.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        const current = await db.realisasiAnggaran.findFirst({
          where: { subKegiatanId: input.subKegiatanId, period: input.period, pemdaId: principal.pemdaId },
        });
        throw conflict(current?.amount ?? null);
      }
      throw error;
    }
  },
});
