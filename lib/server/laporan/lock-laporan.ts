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
