import "server-only";
import { formatRupiah } from "@/lib/format";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { saveRealisasiAnggaranInput } from "@/lib/inputs/realisasi-anggaran";
import { db, type Tx } from "../db";
import { toDecimal } from "../decimal";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate, saveVersioned } from "../mutations/versioned";
import { lockLeaves } from "./lock-leaves";

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
  async run({ principal, input, audit }) {
    const currentOf = (client: Tx) =>
      client.realisasiAnggaran.findFirst({
        where: { subKegiatanId: input.subKegiatanId, period: input.period, pemdaId: principal.pemdaId },
      });
    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          await lockLeaves(tx, principal.pemdaId, [input.subKegiatanId]);
          const sub = await findForWrite(
            principal,
            "plan:edit",
            tx.subKegiatan.findFirst({
              where: { id: input.subKegiatanId, pemdaId: principal.pemdaId },
              include: { realisasi: true, _count: { select: { rekening: true } } },
            }),
            (sub) => ({ pemdaId: sub.pemdaId, opdId: sub.opdId, bidangId: sub.bidangId }),
          );
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
          const { version } = await saveVersioned({
            existing,
            expectedVersion: input.version,
            update: (where) =>
              tx.realisasiAnggaran.updateMany({
                where,
                data: { amount: input.amount.toString(), version: { increment: 1 } },
              }),
            create: () =>
              tx.realisasiAnggaran.create({
                data: {
                  pemdaId: sub.pemdaId,
                  subKegiatanId: sub.id,
                  period: input.period,
                  amount: input.amount.toString(),
                },
              }),
            // Name what the other user stored, read anew (READ COMMITTED sees it now).
            stale: async () => conflict((await currentOf(tx))?.amount ?? null),
          });

          await audit(tx, {
            opdId: sub.opdId,
            year: sub.year,
            entity: "SubKegiatan",
            entityId: sub.id,
            oldValues: { period: input.period, amount: existing?.amount.toString() ?? null },
            newValues: { period: input.period, amount: input.amount.toString() },
          });
          return { version };
        }),
      // Two users filling the same empty period at once: the unique index lets exactly one in.
      async () => conflict((await currentOf(db))?.amount ?? null),
    );
  },
});
