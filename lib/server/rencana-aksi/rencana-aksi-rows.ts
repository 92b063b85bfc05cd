import "server-only";
import Decimal from "decimal.js";
import { periodOfQuarter, type Quarter } from "@/lib/calc/period";
import { subKegiatanPagu } from "@/lib/calc/rencana-aksi";
import { AppError } from "@/lib/errors";
import { formatDateLong } from "@/lib/format";
import type { Tx } from "../db";
import { toDecimal } from "../decimal";
import { batchTables, insertRows, updateRows } from "../mutations/batch-writes";
import type { OpdYearKey } from "../opd-year/opd-year-key";
import { lockLeaves } from "../realisasi/lock-leaves";
import { plannedIndicatorsOf } from "./load-rencana-aksi";

export type StoredPlan = { id: string; version: number; quarter: Quarter; value: Decimal };

/** A sub kegiatan or indicator of the OPD-year whose rencana aksi is written, with its stored plans. */
export type PlannedItem = {
  id: string;
  label: string;
  bidangId: string | null;
  /** Sub kegiatan only: its pagu (rekening lines summed). */
  pagu: Decimal | null;
  plans: StoredPlan[];
};

const quarterOf = (period: string) => Number(period.slice(2)) as Quarter;

/**
 * Refuses a change of the rencana aksi once the head has signed it with the Perjanjian Kinerja. The PK row
 * is locked (FOR SHARE) for the rest of the transaction, so it cannot be signed while the plan changes.
 */
export async function assertRencanaAksiUnsigned(tx: Tx, scope: OpdYearKey): Promise<void> {
  const [pk] = await tx.$queryRaw<{ signedAt: Date | null }[]>`
    SELECT "signedAt" FROM "PerjanjianKinerja"
    WHERE "pemdaId" = ${scope.pemdaId} AND "opdId" = ${scope.opdId} AND year = ${scope.year}
    FOR SHARE`;
  if (pk?.signedAt)
    throw new AppError(
      "LOCKED",
      `Rencana aksi tahun ${scope.year} telah ditandatangani bersama Perjanjian Kinerja pada ${formatDateLong(pk.signedAt)}; tidak dapat diubah.`,
    );
}

/** The sub kegiatan of the OPD-year among `ids` (locked, in id order), with their pagu and plans. */
export async function findPlannedSubKegiatan(
  tx: Tx,
  scope: OpdYearKey,
  ids: string[],
): Promise<Map<string, PlannedItem>> {
  await lockLeaves(tx, scope.pemdaId, ids);
  const rows = await tx.subKegiatan.findMany({
    where: { id: { in: ids }, pemdaId: scope.pemdaId, opdId: scope.opdId, year: scope.year },
    select: {
      id: true,
      code: true,
      name: true,
      bidangId: true,
      paguAwal: true,
      paguPerubahan: true,
      rekening: { select: { paguAwal: true, paguPerubahan: true } },
      rencanaAksi: { select: { id: true, version: true, period: true, amount: true } },
    },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        label: `${row.code} ${row.name}`,
        bidangId: row.bidangId,
        pagu: subKegiatanPagu(row),
        plans: row.rencanaAksi.map((plan) => ({
          id: plan.id,
          version: plan.version,
          quarter: quarterOf(plan.period),
          value: toDecimal(plan.amount),
        })),
      },
    ]),
  );
}

/** The IKU and program/kegiatan indicators of the OPD-year among `ids`, with their plans of the year. */
export async function findPlannedIndicators(
  tx: Tx,
  scope: OpdYearKey,
  ids: string[],
): Promise<Map<string, PlannedItem>> {
  const rows = await tx.indikator.findMany({
    where: { id: { in: ids }, ...plannedIndicatorsOf(scope) },
    select: {
      id: true,
      name: true,
      sasaran: { select: { code: true } },
      program: { select: { code: true, bidangId: true } },
      kegiatan: { select: { code: true, bidangId: true } },
      rencanaAksi: {
        where: { year: scope.year },
        select: { id: true, version: true, period: true, target: true },
      },
    },
  });
  return new Map(
    rows.map((row) => {
      const owner = row.kegiatan ?? row.program;
      return [
        row.id,
        {
          id: row.id,
          label: `${owner?.code ?? row.sasaran?.code ?? ""} ${row.name}`,
          // An IKU belongs to the whole OPD: only a planner of every bidang plans it.
          bidangId: owner?.bidangId ?? null,
          pagu: null,
          plans: row.rencanaAksi.map((plan) => ({
            id: plan.id,
            version: plan.version,
            quarter: quarterOf(plan.period),
            value: toDecimal(plan.target),
          })),
        },
      ];
    }),
  );
}

export type PlanWrite = {
  itemId: string;
  quarter: Quarter;
  stored: StoredPlan | null;
  value: Decimal | null;
};

const changedMeanwhile = () =>
  new AppError(
    "CONFLICT",
    "Tidak ada yang disimpan: sebagian rencana baru saja diubah oleh pengguna lain. Muat ulang lalu isi kembali.",
  );

/** Removes stored plans at the versions read; fewer rows removed means someone saved in between. */
async function deletePlans(tx: Tx, table: string, plans: StoredPlan[]): Promise<void> {
  if (plans.length === 0) return;
  const count = await tx.$executeRawUnsafe(
    `DELETE FROM "${table}" AS t USING unnest($1::text[], $2::int[]) AS v(id, version) ` +
      `WHERE t.id = v.id AND t.version = v.version`,
    plans.map((plan) => plan.id),
    plans.map((plan) => plan.version),
  );
  if (count !== plans.length) throw changedMeanwhile();
}

/**
 * Writes plans (a value: insert or update at its version; null: remove) in at most three statements per
 * table, whatever their number.
 */
export async function writeRencanaAksi(
  tx: Tx,
  scope: OpdYearKey,
  { anggaran, indikator }: { anggaran: PlanWrite[]; indikator: PlanWrite[] },
): Promise<void> {
  const inserts = (writes: PlanWrite[]) => writes.filter((w) => !w.stored && w.value !== null);
  const updates = (writes: PlanWrite[]) => writes.filter((w) => w.stored && w.value !== null);
  const removals = (writes: PlanWrite[]) =>
    writes.flatMap((w) => (w.stored && w.value === null ? [w.stored] : []));

  await insertRows(
    tx,
    batchTables.rencanaAksiAnggaran,
    inserts(anggaran).map((w) => ({
      pemdaId: scope.pemdaId,
      subKegiatanId: w.itemId,
      period: periodOfQuarter(w.quarter),
      amount: w.value!.toString(),
    })),
  );
  await updateRows(
    tx,
    batchTables.rencanaAksiAnggaran,
    ["amount"],
    updates(anggaran).map((w) => ({ ...w.stored!, values: { amount: w.value!.toString() } })),
    { conflict: changedMeanwhile },
  );
  await deletePlans(tx, batchTables.rencanaAksiAnggaran.name, removals(anggaran));

  await insertRows(
    tx,
    batchTables.rencanaAksiIndikator,
    inserts(indikator).map((w) => ({
      pemdaId: scope.pemdaId,
      indikatorId: w.itemId,
      year: scope.year,
      period: periodOfQuarter(w.quarter),
      target: w.value!.toString(),
    })),
  );
  await updateRows(
    tx,
    batchTables.rencanaAksiIndikator,
    ["target"],
    updates(indikator).map((w) => ({ ...w.stored!, values: { target: w.value!.toString() } })),
    { conflict: changedMeanwhile },
  );
  await deletePlans(tx, batchTables.rencanaAksiIndikator.name, removals(indikator));
}
