import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { startYearInput } from "@/lib/inputs/admin";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { authorize } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate } from "../mutations/versioned";
import { alreadyOpened, copyYearStructure } from "../structure/copy-structure-year";

/**
 * The administrator or a whole-OPD planner opens a year of an OPD, e.g. the first year of a new OPD:
 * empty (an LKIP in DRAFT, the structure entered afterwards), or with the structure of `fromYear` as
 * structure.copyYear copies it, plus that year's Perjanjian Kinerja signatories (unsigned).
 */
export const startYear = defineMutation({
  name: "laporan.startYear",
  input: startYearInput,
  async run({ principal, input }) {
    const { year, fromYear, includePagu } = input;
    return onDuplicate(
      () =>
        db.$transaction(
          async (tx) => {
            const opd = await tx.perangkatDaerah.findFirst({
              where: { id: input.opdId, pemdaId: principal.pemdaId },
            });
            if (!opd) throw notFound();
            const scope = { pemdaId: opd.pemdaId, opdId: opd.id };
            authorize(principal, "year:start", scope);
            if (principal.bidangIds.length > 0) {
              throw new AppError(
                "FORBIDDEN",
                "Hanya perencana seluruh perangkat daerah (tanpa batasan bidang) yang dapat memulai tahun.",
              );
            }
            if (fromYear === null) {
              const laporan = await tx.laporanKinerja.create({ data: { ...scope, year } });
              await recordAudit(tx, {
                principal,
                opdId: opd.id,
                year,
                action: "laporan.startYear",
                entity: "LaporanKinerja",
                entityId: laporan.id,
                newValues: { year },
              });
              return { laporanId: laporan.id, year, slug: opd.slug };
            }
            const { laporan, counts } = await copyYearStructure(tx, opd, {
              fromYear,
              toYear: year,
              includePagu,
            });
            const pk = await tx.perjanjianKinerja.findFirst({ where: { ...scope, year: fromYear } });
            if (pk) {
              const { signerName, signerNip, signerTitle, counterpartName, counterpartTitle } = pk;
              await tx.perjanjianKinerja.create({
                data: {
                  ...scope,
                  year,
                  signerName,
                  signerNip,
                  signerTitle,
                  counterpartName,
                  counterpartTitle,
                },
              });
            }
            await recordAudit(tx, {
              principal,
              opdId: opd.id,
              year,
              action: "laporan.startYear",
              entity: "LaporanKinerja",
              entityId: laporan.id,
              newValues: { year, fromYear, includePagu, ...counts },
            });
            return { laporanId: laporan.id, year, slug: opd.slug };
          },
          { timeout: 30_000 },
        ),
      () => alreadyOpened(year),
    );
  },
});
