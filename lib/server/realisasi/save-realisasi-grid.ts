import "server-only";
import type Decimal from "decimal.js";
import { formatRupiah } from "@/lib/format";
import { periodOfQuarter } from "@/lib/calc/period";
import { coversBidang } from "@/lib/auth/permissions";
import { AppError, InvalidInputError, notFound } from "@/lib/errors";
import { cellMessage, parseCell } from "@/lib/grid/grid-rows";
import { saveRealisasiGridInput } from "@/lib/inputs/realisasi-grid";
import type { AuditEntry } from "../audit/record-audit";
import { batchTables, BULK_TRANSACTION, insertRows, updateRows } from "../mutations/batch-writes";
import { db, type Tx } from "../db";
import { toDecimal } from "../decimal";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findOpdForWrite, opdScope } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate } from "../mutations/versioned";
import { findIndicators, findLeaves, type Link } from "./find-grid-items";
import type { OpdYearKey } from "../opd-year/opd-year-key";

type Cell = { key: string; text: string; version: number | null; row: number };
type Stored = { id: string; version: number } | null;

const versionMatches = (stored: Stored, version: number | null) =>
  stored === null ? version === null : stored.version === version;

// An inserted row starts at version 1; the conditional update raises a stored one by one.
const nextVersion = (stored: Stored) => (stored ? stored.version + 1 : 1);

/**
 * Saves every changed cell of the quarterly grid at once: realisasi anggaran of the leaves and realisasi of
 * the indicators for one triwulan. All or nothing: one malformed number, one item outside the planner's
 * scope or one cell changed meanwhile by someone else, and nothing is stored; each message names its row.
 * However many cells, the transaction issues a bounded number of statements: three reads, then at most
 * two inserts, two updates and one audit insert.
 */
export const saveRealisasiGrid = defineMutation({
  name: "realisasiGrid.save",
  input: saveRealisasiGridInput,
  async run({ principal, input, audit }) {
    const opd = await findOpdForWrite(db, principal, "plan:edit", input.opdId);
    const scope = { ...opdScope(opd), year: input.year };
    const period = periodOfQuarter(input.quarter);

    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          await assertYearEditable(tx, scope);
          const errors: Record<string, string> = {};
          const conflicts: string[] = [];
          const amounts: AmountWrite[] = [];
          const values: IndicatorWrite[] = [];
          const audits: AuditEntry[] = [];
          // The version each saved entry has after this save, so the grid can correct it again at once.
          const versions: Record<string, number> = {};
          const anggaranCells = new Map<string, Cell>();
          const indicatorCells = new Map<string, { row: number; cells: Map<string, Cell> }>();
          for (const cell of input.cells) {
            const [kind, id = ""] = cell.key.split(":");
            if (kind === "anggaran") {
              anggaranCells.set(id, cell);
              continue;
            }
            const group = indicatorCells.get(id) ?? { row: cell.row, cells: new Map<string, Cell>() };
            group.cells.set(kind!, cell);
            indicatorCells.set(id, group);
          }

          const leaves = await findLeaves(tx, scope, [...anggaranCells.keys()]);
          for (const [id, cell] of anggaranCells) {
            const leaf = leaves.get(id);
            if (!leaf || !coversBidang(principal, leaf.bidangId)) throw notFound();
            const where = { row: cell.row, label: leaf.label };
            const field = { label: `Realisasi TW${input.quarter} (Rp)` };
            const parsed = parseCell("RUPIAH", cell.text);
            if (!parsed.ok) {
              errors[cell.key] = cellMessage(where, field, parsed.message);
              continue;
            }
            if (leaf.realisasi.some((r) => r.period === "TAHUNAN")) {
              errors[cell.key] = cellMessage(
                where,
                field,
                "realisasi tahun ini tercatat sebagai total tahunan, tidak dapat diisi per triwulan",
              );
              continue;
            }
            const stored = leaf.realisasi.find((r) => r.period === period) ?? null;
            if (!versionMatches(stored, cell.version)) {
              conflicts.push(
                `Baris ${cell.row} (${leaf.label}) telah diubah oleh pengguna lain menjadi ${stored ? formatRupiah(toDecimal(stored.amount)) : "kosong"}.`,
              );
              continue;
            }
            amounts.push({ link: leaf.link, stored, amount: parsed.value });
            versions[`anggaran:${id}`] = nextVersion(stored);
            audits.push({
              opdId: scope.opdId,
              year: scope.year,
              entity: leaf.entity,
              entityId: id,
              oldValues: { period, amount: stored ? toDecimal(stored.amount).toString() : null },
              newValues: { period, amount: parsed.value.toString() },
            });
          }

          const indicators = await findIndicators(tx, scope, [...indicatorCells.keys()]);
          for (const [id, group] of indicatorCells) {
            const indicator = indicators.get(id);
            if (!indicator || !coversBidang(principal, indicator.bidangId)) throw notFound();
            const where = { row: group.row, label: indicator.label };
            const parsedValues: Record<string, Decimal> = {};
            for (const [kind, cell] of group.cells) {
              const parsed = parseCell("DESIMAL", cell.text);
              const field = {
                label:
                  kind === "nilai"
                    ? `Realisasi TW${input.quarter} (${indicator.satuan})`
                    : kind === "pembilang"
                      ? (indicator.numeratorLabel ?? "Pembilang")
                      : (indicator.denominatorLabel ?? "Penyebut"),
              };
              if (parsed.ok) parsedValues[kind] = parsed.value;
              else errors[cell.key] = cellMessage(where, field, parsed.message);
            }
            if (Object.keys(parsedValues).length !== group.cells.size) continue;
            if (indicator.realisasi.some((r) => r.period === "TAHUNAN")) {
              errors[`nilai:${id}`] = cellMessage(
                where,
                { label: "Realisasi" },
                "realisasi indikator tahun ini tercatat sebagai nilai tahunan, tidak dapat diisi per triwulan",
              );
              continue;
            }
            const stored = indicator.realisasi.find((r) => r.period === period) ?? null;
            const version = [...group.cells.values()][0]!.version;
            if (!versionMatches(stored, version)) {
              conflicts.push(`Baris ${group.row} (${indicator.label}) telah diubah oleh pengguna lain.`);
              continue;
            }
            const data =
              indicator.calculation === "RASIO"
                ? {
                    value: null,
                    numerator:
                      (parsedValues.pembilang ?? (stored && toDecimal(stored.numerator)))?.toString() ?? null,
                    denominator:
                      (parsedValues.penyebut ?? (stored && toDecimal(stored.denominator)))?.toString() ??
                      null,
                  }
                : { value: parsedValues.nilai?.toString() ?? null, numerator: null, denominator: null };
            values.push({ indikatorId: id, stored, data });
            versions[`indikator:${id}`] = nextVersion(stored);
            audits.push({
              opdId: scope.opdId,
              year: scope.year,
              entity: "Indikator",
              entityId: id,
              oldValues: stored
                ? {
                    period,
                    value: stored.value?.toString() ?? null,
                    numerator: stored.numerator?.toString() ?? null,
                    denominator: stored.denominator?.toString() ?? null,
                  }
                : undefined,
              newValues:
                indicator.calculation === "RASIO"
                  ? { period, numerator: data.numerator, denominator: data.denominator }
                  : { period, value: data.value },
            });
          }

          if (Object.keys(errors).length > 0) {
            throw new InvalidInputError(
              `Tidak ada yang disimpan. Perbaiki dulu:\n${Object.values(errors).join("\n")}`,
              errors,
            );
          }
          if (conflicts.length > 0) {
            throw new AppError(
              "CONFLICT",
              `Tidak ada yang disimpan. ${conflicts.join(" ")} Muat ulang lalu isi kembali.`,
            );
          }
          await writeAmounts(tx, { pemdaId: scope.pemdaId, period, writes: amounts });
          await writeIndicatorValues(tx, { ...scope, period, writes: values });
          await audit(tx, audits);
          return { saved: audits.length, versions };
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

type Period = ReturnType<typeof periodOfQuarter>;
type AmountWrite = { link: Link; stored: Stored; amount: Decimal };
type IndicatorWrite = {
  indikatorId: string;
  stored: Stored;
  data: { value: string | null; numerator: string | null; denominator: string | null };
};

// A conditional update that found fewer rows at their version: someone saved in between.
const changedMeanwhile = () =>
  new AppError(
    "CONFLICT",
    "Tidak ada yang disimpan: sebagian sel baru saja diubah oleh pengguna lain. Muat ulang lalu isi kembali.",
  );

/** New rows in one INSERT, changed rows in one UPDATE that matches each row at its version. */
async function writeAmounts(
  tx: Tx,
  args: { pemdaId: string; period: Period; writes: AmountWrite[] },
): Promise<void> {
  const link = (write: AmountWrite, key: "subKegiatanId" | "rekeningBelanjaId") =>
    key in write.link ? (write.link as Record<string, string>)[key]! : null;
  await insertRows(
    tx,
    batchTables.realisasiAnggaran,
    args.writes
      .filter((write) => !write.stored)
      .map((write) => ({
        pemdaId: args.pemdaId,
        subKegiatanId: link(write, "subKegiatanId"),
        rekeningBelanjaId: link(write, "rekeningBelanjaId"),
        period: args.period,
        amount: write.amount.toString(),
      })),
  );
  await updateRows(
    tx,
    batchTables.realisasiAnggaran,
    ["amount"],
    args.writes
      .filter((write) => write.stored)
      .map((write) => ({ ...write.stored!, values: { amount: write.amount.toString() } })),
    { conflict: changedMeanwhile },
  );
}

async function writeIndicatorValues(
  tx: Tx,
  args: OpdYearKey & { period: Period; writes: IndicatorWrite[] },
): Promise<void> {
  await insertRows(
    tx,
    batchTables.realisasiIndikator,
    args.writes
      .filter((write) => !write.stored)
      .map((write) => ({
        pemdaId: args.pemdaId,
        indikatorId: write.indikatorId,
        year: args.year,
        period: args.period,
        ...write.data,
      })),
  );
  await updateRows(
    tx,
    batchTables.realisasiIndikator,
    ["value", "numerator", "denominator"],
    args.writes.filter((write) => write.stored).map((write) => ({ ...write.stored!, values: write.data })),
    { conflict: changedMeanwhile },
  );
}
