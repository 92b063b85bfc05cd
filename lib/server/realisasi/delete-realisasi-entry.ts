import "server-only";
import { periodOfQuarter } from "@/lib/calc/period";
import { coversBidang } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { deleteRealisasiEntryInput } from "@/lib/inputs/realisasi-grid";
import { db, type Tx } from "../db";
import { toDecimal } from "../decimal";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findOpdForWrite, opdScope } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import type { OpdYearKey } from "../opd-year/opd-year-key";
import { findIndicators, findLeaves } from "./find-grid-items";

type Entry = {
  entity: string;
  label: string;
  bidangId: string | null;
  stored: { id: string; version: number; values: Record<string, string | null> } | null;
  remove: (tx: Tx, where: { pemdaId: string; id: string; version: number }) => Promise<{ count: number }>;
};

async function findEntry(tx: Tx, scope: OpdYearKey, key: string, period: string): Promise<Entry | undefined> {
  const [kind, id = ""] = key.split(":");
  if (kind === "anggaran") {
    const leaf = (await findLeaves(tx, scope, [id])).get(id);
    const stored = leaf?.realisasi.find((r) => r.period === period);
    return (
      leaf && {
        ...leaf,
        stored: stored
          ? { ...stored, values: { period, amount: toDecimal(stored.amount).toString() } }
          : null,
        remove: (client, where) => client.realisasiAnggaran.deleteMany({ where }),
      }
    );
  }
  const indicator = (await findIndicators(tx, scope, [id])).get(id);
  const stored = indicator?.realisasi.find((r) => r.period === period);
  return (
    indicator && {
      entity: "Indikator",
      label: indicator.label,
      bidangId: indicator.bidangId,
      stored: stored
        ? {
            ...stored,
            values: {
              period,
              value: stored.value?.toString() ?? null,
              numerator: stored.numerator?.toString() ?? null,
              denominator: stored.denominator?.toString() ?? null,
            },
          }
        : null,
      remove: (client, where) => client.realisasiIndikator.deleteMany({ where }),
    }
  );
}

/**
 * "Hapus isian": removes the realisasi of one budget leaf or indicator for one triwulan, so the quarter
 * returns to "not entered" for it (an entry of 0 is an entry). Scoped and versioned like the grid's save.
 */
export const deleteRealisasiEntry = defineMutation({
  name: "realisasiGrid.delete",
  input: deleteRealisasiEntryInput,
  async run({ principal, input, audit }) {
    const opd = await findOpdForWrite(db, principal, "plan:edit", input.opdId);
    const scope = { ...opdScope(opd), year: input.year };
    const period = periodOfQuarter(input.quarter);
    return db.$transaction(async (tx) => {
      await assertYearEditable(tx, scope);
      const entry = await findEntry(tx, scope, input.key, period);
      if (!entry || !coversBidang(principal, entry.bidangId)) throw notFound();
      const changed = () =>
        new AppError(
          "CONFLICT",
          `Tidak ada yang dihapus: isian TW${input.quarter} baris ${input.row} (${entry.label}) telah ${entry.stored ? "diubah" : "dihapus"} oleh pengguna lain. Muat ulang lalu periksa.`,
        );
      if (entry.stored?.version !== input.version) throw changed();
      const { count } = await entry.remove(tx, {
        pemdaId: scope.pemdaId,
        id: entry.stored.id,
        version: entry.stored.version,
      });
      if (count === 0) throw changed();
      await audit(tx, {
        opdId: scope.opdId,
        year: scope.year,
        entity: entry.entity,
        entityId: input.key.split(":")[1]!,
        oldValues: entry.stored.values,
      });
      return { deleted: 1 };
    });
  },
});
