import "server-only";
import { AppError, InvalidInputError, notFound } from "@/lib/errors";
import { savePaguIndikatifInput } from "@/lib/inputs/profile";
import { db } from "../db";
import { assertYearEditable, assertYearsEditable } from "../laporan/lock-laporan";
import { findOpdForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { lockProfilePart } from "./lock-opd-year-profile";

const stale = (year: number) =>
  new AppError(
    "CONFLICT",
    `Pagu indikatif tahun ${year} telah diubah oleh pengguna lain setelah Anda membukanya. Muat ulang halaman, lalu ulangi perubahan Anda.`,
  );

/**
 * The Renstra's indicative pagu per year of the period covering the OPD-year, all years or none: an
 * empty amount removes the year's figure. Whole-OPD planners only.
 */
export const savePaguIndikatif = defineMutation({
  name: "paguIndikatif.save",
  input: savePaguIndikatifInput,
  async run({ principal, input, audit }) {
    const opd = await findOpdForWrite(db, principal, "plan:edit", input.opdId, (opd) => ({
      pemdaId: opd.pemdaId,
      opdId: opd.id,
      bidangId: null,
    }));
    const periode = await db.periode.findFirst({
      where: {
        id: input.periodeId,
        pemdaId: opd.pemdaId,
        opdId: opd.id,
        startYear: { lte: input.year },
        endYear: { gte: input.year },
      },
    });
    if (!periode) throw notFound();
    const outside = input.amounts.findIndex((a) => a.year < periode.startYear || a.year > periode.endYear);
    if (outside >= 0) {
      const message = `Tahun ${input.amounts[outside]!.year} di luar periode Renstra ${periode.startYear}–${periode.endYear}`;
      throw new InvalidInputError(message, { [`amounts.${outside}.year`]: message });
    }
    const key = { pemdaId: opd.pemdaId, opdId: opd.id, year: input.year };
    return db.$transaction(async (tx) => {
      await assertYearEditable(tx, key);
      await lockProfilePart(tx, "paguIndikatif", periode.id, 0);
      const current = await tx.paguIndikatif.findMany({
        where: { pemdaId: opd.pemdaId, periodeId: periode.id },
      });
      const byYear = new Map(current.map((row) => [row.year, row]));
      const oldValues: Record<string, string | null> = {};
      const newValues: Record<string, string | null> = {};
      for (const { year, amount, version } of input.amounts) {
        const existing = byYear.get(year) ?? null;
        if ((existing?.version ?? null) !== version) throw stale(year);
        if (existing && amount && existing.amount.equals(amount)) continue;
        if (!existing && !amount) continue;
        oldValues[year] = existing?.amount.toFixed(2) ?? null;
        newValues[year] = amount?.toFixed(2) ?? null;
        if (!existing) {
          await tx.paguIndikatif.create({
            data: { pemdaId: opd.pemdaId, periodeId: periode.id, year, amount: amount! },
          });
        } else if (!amount) {
          await tx.paguIndikatif.delete({ where: { id: existing.id } });
        } else {
          await tx.paguIndikatif.update({
            where: { id: existing.id },
            data: { amount, version: { increment: 1 } },
          });
        }
      }
      if (Object.keys(newValues).length === 0) return { changed: 0 };
      // Year Z's indicative pagu is printed by the LKIP of Z and of every later year of the period.
      const firstChanged = Math.min(...Object.keys(newValues).map(Number));
      const printedBy = Array.from(
        { length: periode.endYear - firstChanged + 1 },
        (_, i) => firstChanged + i,
      );
      await assertYearsEditable(tx, key, printedBy);
      await audit(tx, {
        opdId: opd.id,
        year: input.year,
        entity: "PaguIndikatif",
        entityId: periode.id,
        oldValues: { pagu: oldValues },
        newValues: { pagu: newValues },
      });
      return { changed: Object.keys(newValues).length };
    });
  },
});
