import "server-only";
import type { Quarter } from "@/lib/calc/period";
import type { RencanaAksi } from "@/lib/calc/rencana-aksi";
import { db, type Tx } from "../db";
import { toDecimal } from "../decimal";
import type { OpdYearKey } from "../opd-year/opd-year-key";

const quarterOf = (period: string) => Number(period.slice(2)) as Quarter;

/** The indicators a rencana aksi plans: the IKU of the OPD's Renstra, and its program and kegiatan indicators. */
export const plannedIndicatorsOf = ({ pemdaId, opdId, year }: OpdYearKey) => ({
  pemdaId,
  OR: [
    {
      isIku: true,
      sasaran: { tujuan: { periode: { opdId, startYear: { lte: year }, endYear: { gte: year } } } },
    },
    { program: { opdId, year } },
    { kegiatan: { opdId, year } },
  ],
});

/** The stored rencana aksi of an OPD-year, for the engine (two statements). */
export async function loadRencanaAksi(scope: OpdYearKey, client: Tx | typeof db = db): Promise<RencanaAksi> {
  const [anggaran, indikator] = await Promise.all([
    client.rencanaAksiAnggaran.findMany({
      where: { pemdaId: scope.pemdaId, subKegiatan: { opdId: scope.opdId, year: scope.year } },
      select: { subKegiatanId: true, period: true, amount: true },
    }),
    client.rencanaAksiIndikator.findMany({
      where: { pemdaId: scope.pemdaId, year: scope.year, indikator: plannedIndicatorsOf(scope) },
      select: { indikatorId: true, period: true, target: true },
    }),
  ]);
  return {
    anggaran: anggaran.map((row) => ({
      subKegiatanId: row.subKegiatanId,
      quarter: quarterOf(row.period),
      amount: toDecimal(row.amount),
    })),
    indikator: indikator.map((row) => ({
      indikatorId: row.indikatorId,
      quarter: quarterOf(row.period),
      target: toDecimal(row.target),
    })),
  };
}
