import "server-only";
import { AppError } from "@/lib/errors";
import { saveDayaDukungInput } from "@/lib/inputs/profile";
import { db } from "../db";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findOpdForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { lockProfilePart } from "./lock-opd-year-profile";

const stale = () =>
  new AppError(
    "CONFLICT",
    "Daya dukung telah diubah oleh pengguna lain setelah Anda membukanya. Muat ulang halaman, lalu ulangi perubahan Anda.",
  );

/** As the audit trail records a table: "Golongan III: 12" per row, in order. */
const audited = (rows: { kind: string; label: string; jumlah: number }[]) =>
  rows.map(({ kind, label, jumlah }) => ({ kind, label, jumlah }));

/**
 * Replaces the daya dukung tables of an OPD-year (SDM by status, golongan, pendidikan; mitra kerja) with
 * the rows as the planner left them, all or nothing. Whole-OPD planners only: the tables speak for the OPD.
 */
export const saveDayaDukung = defineMutation({
  name: "dayaDukung.save",
  input: saveDayaDukungInput,
  async run({ principal, input, audit }) {
    const opd = await findOpdForWrite(db, principal, "plan:edit", input.opdId, (opd) => ({
      pemdaId: opd.pemdaId,
      opdId: opd.id,
      bidangId: null,
    }));
    const key = { pemdaId: opd.pemdaId, opdId: opd.id, year: input.year };
    return db.$transaction(async (tx) => {
      await assertYearEditable(tx, key);
      await lockProfilePart(tx, "dayaDukung", opd.id, input.year);
      const current = await tx.dayaDukung.findMany({
        where: key,
        orderBy: [{ kind: "asc" }, { position: "asc" }],
      });
      const loaded = new Map(input.loaded.map((row) => [row.id, row.version]));
      const unchanged =
        current.length === loaded.size && current.every((row) => loaded.get(row.id) === row.version);
      if (!unchanged || input.rows.some((row) => row.id !== null && !loaded.has(row.id))) throw stale();

      const before = new Map(current.map((row) => [row.id, row]));
      const positions = new Map<string, number>();
      const rows = input.rows.map((row) => {
        const position = positions.get(row.kind) ?? 0;
        positions.set(row.kind, position + 1);
        const old = row.id === null ? undefined : before.get(row.id);
        const same = old && old.kind === row.kind && old.label === row.label && old.jumlah === row.jumlah;
        const moved = old && old.position !== position;
        return {
          ...(old ? { id: old.id } : {}),
          ...key,
          kind: row.kind,
          label: row.label,
          jumlah: row.jumlah,
          position,
          version: old ? old.version + (same && !moved ? 0 : 1) : 1,
        };
      });
      // Labels may swap between rows: delete and insert again rather than update in place under the
      // unique (opdId, year, kind, label). Kept rows keep their id.
      await tx.dayaDukung.deleteMany({ where: key });
      await tx.dayaDukung.createMany({ data: rows });
      await audit(tx, {
        opdId: opd.id,
        year: input.year,
        entity: "DayaDukung",
        entityId: `${opd.id}:${input.year}`,
        oldValues: { rows: audited(current) },
        newValues: { rows: audited(rows) },
      });
      return { rows: rows.length };
    });
  },
});
