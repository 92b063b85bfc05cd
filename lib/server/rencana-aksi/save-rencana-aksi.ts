import "server-only";
import type Decimal from "decimal.js";
import { coversBidang } from "@/lib/auth/permissions";
import { periodOfQuarter, type Quarter } from "@/lib/calc/period";
import { excessOverPagu } from "@/lib/calc/rencana-aksi";
import { AppError, InvalidInputError, notFound } from "@/lib/errors";
import { cellMessage, parseCell } from "@/lib/grid/grid-rows";
import { saveRencanaAksiInput } from "@/lib/inputs/rencana-aksi";
import type { AuditEntry } from "../audit/record-audit";
import { BULK_TRANSACTION } from "../mutations/batch-writes";
import { db } from "../db";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findOpdForWrite, opdScope } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate } from "../mutations/versioned";
import {
  assertRencanaAksiUnsigned,
  findPlannedIndicators,
  findPlannedSubKegiatan,
  type PlanWrite,
  writeRencanaAksi,
} from "./rencana-aksi-rows";

type Cell = {
  kind: "anggaran" | "indikator";
  id: string;
  quarter: Quarter;
  text: string;
  version: number | null;
  row: number;
};

/**
 * Saves every changed cell of the rencana aksi grid at once: the planned disbursement of sub kegiatan and
 * the planned values of indicators per triwulan. All or nothing: a malformed number, an item outside the
 * planner's scope, a sub kegiatan whose four quarters exceed its pagu, or a cell someone changed
 * meanwhile, and nothing is stored. An emptied cell removes its plan. Refused once the head has signed
 * the rencana aksi with the Perjanjian Kinerja.
 */
export const saveRencanaAksi = defineMutation({
  name: "rencanaAksi.save",
  input: saveRencanaAksiInput,
  async run({ principal, input, audit }) {
    const opd = await findOpdForWrite(db, principal, "plan:edit", input.opdId);
    const scope = { ...opdScope(opd), year: input.year };
    const cells: Cell[] = input.cells.map((cell) => {
      const [kind, id, quarter] = cell.key.split(":") as ["anggaran" | "indikator", string, string];
      return {
        kind,
        id,
        quarter: Number(quarter) as Quarter,
        text: cell.text,
        version: cell.version,
        row: cell.row,
      };
    });
    const idsOf = (kind: Cell["kind"]) => [...new Set(cells.filter((c) => c.kind === kind).map((c) => c.id))];

    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          await assertYearEditable(tx, scope);
          await assertRencanaAksiUnsigned(tx, scope);
          const items = {
            anggaran: await findPlannedSubKegiatan(tx, scope, idsOf("anggaran")),
            indikator: await findPlannedIndicators(tx, scope, idsOf("indikator")),
          };
          const errors: Record<string, string> = {};
          const conflicts: string[] = [];
          const writes: Record<Cell["kind"], PlanWrite[]> = { anggaran: [], indikator: [] };
          const audits: AuditEntry[] = [];

          for (const cell of cells) {
            const item = items[cell.kind].get(cell.id);
            if (!item || !coversBidang(principal, item.bidangId)) throw notFound();
            const key = `${cell.kind}:${cell.id}:${cell.quarter}`;
            const field = {
              label:
                cell.kind === "anggaran"
                  ? `Rencana penarikan dana TW${cell.quarter} (Rp)`
                  : `Target TW${cell.quarter}`,
            };
            let value: Decimal | null = null;
            if (cell.text.trim() !== "") {
              const parsed = parseCell(cell.kind === "anggaran" ? "RUPIAH" : "DESIMAL", cell.text);
              if (!parsed.ok) {
                errors[key] = cellMessage({ row: cell.row, label: item.label }, field, parsed.message);
                continue;
              }
              value = parsed.value;
            }
            const stored = item.plans.find((plan) => plan.quarter === cell.quarter) ?? null;
            if ((stored?.version ?? null) !== cell.version) {
              conflicts.push(
                `Baris ${cell.row} (${item.label}) TW${cell.quarter} telah diubah oleh pengguna lain.`,
              );
              continue;
            }
            if (!stored && value === null) continue;
            writes[cell.kind].push({ itemId: item.id, quarter: cell.quarter, stored, value });
            const period = periodOfQuarter(cell.quarter);
            const name = cell.kind === "anggaran" ? "rencanaDana" : "rencanaTarget";
            audits.push({
              opdId: scope.opdId,
              year: scope.year,
              entity: cell.kind === "anggaran" ? "SubKegiatan" : "Indikator",
              entityId: item.id,
              oldValues: stored ? { period, [name]: stored.value.toString() } : undefined,
              newValues: { period, [name]: value?.toString() ?? null },
            });
          }

          // The four quarters of a sub kegiatan, as they will be stored, within its pagu.
          for (const item of items.anggaran.values()) {
            const planned = new Map(item.plans.map((plan) => [plan.quarter, plan.value]));
            for (const write of writes.anggaran.filter((w) => w.itemId === item.id)) {
              if (write.value === null) planned.delete(write.quarter);
              else planned.set(write.quarter, write.value);
            }
            const excess = excessOverPagu({ pagu: item.pagu!, amounts: [...planned.values()] });
            const row = cells.find((cell) => cell.kind === "anggaran" && cell.id === item.id)!.row;
            if (excess)
              errors[`anggaran:${item.id}`] = cellMessage(
                { row, label: item.label },
                { label: "Rencana TW I–IV" },
                excess.message,
              );
          }

          if (Object.keys(errors).length > 0)
            throw new InvalidInputError(
              `Tidak ada yang disimpan. Perbaiki dulu:\n${Object.values(errors).join("\n")}`,
              errors,
            );
          if (conflicts.length > 0)
            throw new AppError(
              "CONFLICT",
              `Tidak ada yang disimpan. ${conflicts.join(" ")} Muat ulang lalu isi kembali.`,
            );
          await writeRencanaAksi(tx, scope, writes);
          await audit(tx, audits);
          return { saved: audits.length };
        }, BULK_TRANSACTION),
      // Two planners filling the same empty cell at once: the unique index lets exactly one in.
      () =>
        new AppError(
          "CONFLICT",
          "Tidak ada yang disimpan: sel yang sama baru saja diisi oleh pengguna lain. Muat ulang lalu isi kembali.",
        ),
    );
  },
});
