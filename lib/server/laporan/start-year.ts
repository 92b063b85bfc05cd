import "server-only";
import { startYearInput } from "@/lib/inputs/admin";
import { db } from "../db";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate } from "../mutations/versioned";
import { alreadyOpened, copyYearStructure, findOpdToOpen } from "../structure/copy-structure-year";

/**
 * The administrator or a whole-OPD planner opens a year of an OPD, e.g. the first year of a new OPD:
 * empty (an LKIP in DRAFT, the structure entered afterwards), or with the structure of `fromYear` as
 * structure.copyYear copies it, plus that year's Perjanjian Kinerja signatories (unsigned).
 */
export const startYear = defineMutation({
  name: "laporan.startYear",
  input: startYearInput,
  async run({ principal, input, audit }) {
    const { year, fromYear, includePagu } = input;
    return onDuplicate(
      () =>
        db.$transaction(
          async (tx) => {
            const opd = await findOpdToOpen(tx, principal, input.opdId, "year:start", "memulai tahun");
            const scope = { pemdaId: opd.pemdaId, opdId: opd.id };
            let laporanId: string;
            let copied = {};
            if (fromYear === null) {
              ({ id: laporanId } = await tx.laporanKinerja.create({ data: { ...scope, year } }));
            } else {
              const { laporan, counts } = await copyYearStructure(tx, opd, {
                fromYear,
                toYear: year,
                includePagu,
              });
              laporanId = laporan.id;
              copied = { fromYear, includePagu, ...counts };
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
            }
            await audit(tx, {
              opdId: opd.id,
              year,
              entity: "LaporanKinerja",
              entityId: laporanId,
              newValues: { year, ...copied },
            });
            return { laporanId, year, slug: opd.slug };
          },
          { timeout: 30_000 },
        ),
      () => alreadyOpened(year),
    );
  },
});
