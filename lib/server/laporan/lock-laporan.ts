import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { laporanStatusLabel } from "@/lib/vocabulary";
import { isEditable } from "@/lib/workflow/laporan-workflow";
import type { Tx } from "../db";
import type { OpdYearKey } from "../opd-year/opd-year-key";

/**
 * Locks the OPD-year's LKIP row for the rest of the transaction (so it cannot be submitted or finalised
 * meanwhile) and refuses the edit unless planners hold the report.
 */
export async function assertYearEditable(tx: Tx, scope: OpdYearKey): Promise<void> {
  const rows = await tx.$queryRaw<{ status: keyof typeof laporanStatusLabel }[]>`
    SELECT "status" FROM "LaporanKinerja"
    WHERE "pemdaId" = ${scope.pemdaId} AND "opdId" = ${scope.opdId} AND "year" = ${scope.year}
    FOR SHARE`;
  const status = rows[0]?.status;
  if (!status) throw notFound();
  if (!isEditable(status)) {
    throw new AppError(
      "LOCKED",
      `Laporan tahun ${scope.year} berstatus ${laporanStatusLabel[status]}; data tidak dapat diubah.`,
    );
  }
}

/**
 * The same for data printed by the LKIP of several years (the pagu indikatif of a Renstra year is printed
 * by the LKIP of that year and of every later one): refuses the edit when the LKIP of any of `years` that
 * has been started is no longer held by the planners.
 */
export async function assertYearsEditable(
  tx: Tx,
  scope: Omit<OpdYearKey, "year">,
  years: readonly number[],
): Promise<void> {
  const rows = await tx.$queryRaw<{ year: number; status: keyof typeof laporanStatusLabel }[]>`
    SELECT year, "status" FROM "LaporanKinerja"
    WHERE "pemdaId" = ${scope.pemdaId} AND "opdId" = ${scope.opdId} AND year = ANY(${[...years]}::int[])
    ORDER BY year
    FOR SHARE`;
  const locked = rows.find((row) => !isEditable(row.status));
  if (locked) {
    throw new AppError(
      "LOCKED",
      `Laporan tahun ${locked.year} berstatus ${laporanStatusLabel[locked.status]}; data yang dicetaknya tidak dapat diubah.`,
    );
  }
}
