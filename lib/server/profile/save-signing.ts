import "server-only";
import { AppError } from "@/lib/errors";
import { formatDateLong } from "@/lib/format";
import { saveSigningInput } from "@/lib/inputs/profile";
import { db } from "../db";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { saveVersioned } from "../mutations/versioned";

const isoDate = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/** Where and when the head signs the OPD-year's LKIP (Kata Pengantar, signature). Whole-OPD planners only. */
export const saveSigning = defineMutation({
  name: "signing.save",
  input: saveSigningInput,
  async run({ principal, input, audit }) {
    const laporan = await findForWrite(
      principal,
      "plan:edit",
      db.laporanKinerja.findFirst({ where: { id: input.laporanId, pemdaId: principal.pemdaId } }),
      (laporan) => ({ pemdaId: laporan.pemdaId, opdId: laporan.opdId, bidangId: null }),
    );
    return db.$transaction(async (tx) => {
      await assertYearEditable(tx, laporan);
      const current = await tx.laporanKinerja.findUniqueOrThrow({ where: { id: laporan.id } });
      const saved = await saveVersioned({
        existing: current,
        expectedVersion: input.version,
        update: (where) =>
          tx.laporanKinerja.updateMany({
            where,
            data: { signingPlace: input.place, signingDate: input.date, version: { increment: 1 } },
          }),
        stale: async () => {
          const now = await tx.laporanKinerja.findUniqueOrThrow({ where: { id: laporan.id } });
          return new AppError(
            "CONFLICT",
            "Laporan telah diubah oleh pengguna lain setelah Anda membukanya. Muat ulang halaman, lalu ulangi perubahan Anda.",
            {
              place: now.signingPlace,
              date: now.signingDate ? formatDateLong(now.signingDate) : null,
            },
          );
        },
      });
      await audit(tx, {
        opdId: laporan.opdId,
        year: laporan.year,
        entity: "LaporanKinerja",
        entityId: laporan.id,
        oldValues: { signingPlace: current.signingPlace, signingDate: isoDate(current.signingDate) },
        newValues: { signingPlace: input.place, signingDate: isoDate(input.date) },
      });
      return saved;
    });
  },
});
