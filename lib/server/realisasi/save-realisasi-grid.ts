import "server-only";
import type Decimal from "decimal.js";
import { formatRupiah } from "@/lib/format";
import { periodOfQuarter } from "@/lib/calc/period";
import { coversBidang } from "@/lib/auth/permissions";
import { AppError, InvalidInputError, notFound } from "@/lib/errors";
import { cellMessage, parseCell } from "@/lib/grid/grid-rows";
import { saveRealisasiGridInput } from "@/lib/inputs/realisasi-grid";
import { recordAudit } from "../audit/record-audit";
import { db, type Tx } from "../db";
import { toDecimal } from "../decimal";
import { assertYearEditable } from "../laporan/lock-laporan";
import { authorize } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate, saveVersioned } from "../mutations/versioned";

type Scope = { pemdaId: string; opdId: string; year: number };
type Cell = { key: string; text: string; version: number | null; row: number };
type Stored = { id: string; version: number } | null;

/** A money leaf addressed by a cell: a sub kegiatan without rekening lines, or a rekening line. */
async function findLeaf(tx: Tx, scope: Scope, id: string) {
  const sub = await tx.subKegiatan.findFirst({
    where: { id, ...scope },
    include: { realisasi: true, _count: { select: { rekening: true } } },
  });
  if (sub) {
    if (sub._count.rekening > 0) return null;
    return {
      entity: "SubKegiatan",
      label: `${sub.code} ${sub.name}`,
      bidangId: sub.bidangId,
      realisasi: sub.realisasi,
      link: { subKegiatanId: sub.id },
    };
  }
  const rekening = await tx.rekeningBelanja.findFirst({
    where: { id, pemdaId: scope.pemdaId, subKegiatan: { opdId: scope.opdId, year: scope.year } },
    include: { realisasi: true, subKegiatan: { select: { bidangId: true } } },
  });
  return (
    rekening && {
      entity: "RekeningBelanja",
      label: `${rekening.code} ${rekening.name}`,
      bidangId: rekening.subKegiatan.bidangId,
      realisasi: rekening.realisasi,
      link: { rekeningBelanjaId: rekening.id },
    }
  );
}

/** An indicator of a sub kegiatan, kegiatan or program of the OPD-year. */
async function findIndicator(tx: Tx, scope: Scope, id: string) {
  const ofYear = { opdId: scope.opdId, year: scope.year };
  const indicator = await tx.indikator.findFirst({
    where: {
      id,
      pemdaId: scope.pemdaId,
      OR: [{ subKegiatan: ofYear }, { kegiatan: ofYear }, { program: ofYear }],
    },
    include: {
      realisasi: { where: { year: scope.year } },
      subKegiatan: { select: { code: true, bidangId: true } },
      kegiatan: { select: { code: true, bidangId: true } },
      program: { select: { code: true, bidangId: true } },
    },
  });
  const owner = indicator && (indicator.subKegiatan ?? indicator.kegiatan ?? indicator.program);
  return (
    indicator && owner && { ...indicator, label: `${owner.code} ${indicator.name}`, bidangId: owner.bidangId }
  );
}

const versionMatches = (stored: Stored, version: number | null) =>
  stored === null ? version === null : stored.version === version;

/**
 * Saves every changed cell of the quarterly grid at once: realisasi anggaran of the leaves and realisasi of
 * the indicators for one triwulan. All or nothing: one malformed number, one item outside the planner's
 * scope or one cell changed meanwhile by someone else, and nothing is stored; each message names its row.
 */
export const saveRealisasiGrid = defineMutation({
  name: "realisasiGrid.save",
  input: saveRealisasiGridInput,
  async run({ principal, input }) {
    const opd = await db.perangkatDaerah.findFirst({
      where: { id: input.opdId, pemdaId: principal.pemdaId },
    });
    if (!opd) throw notFound();
    const scope = { pemdaId: opd.pemdaId, opdId: opd.id, year: input.year };
    authorize(principal, "plan:edit", scope);
    const period = periodOfQuarter(input.quarter);

    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          await assertYearEditable(tx, scope);
          const errors: Record<string, string> = {};
          const conflicts: string[] = [];
          const writes: (() => Promise<void>)[] = [];
          const indicatorCells = new Map<string, { row: number; cells: Map<string, Cell> }>();

          for (const cell of input.cells) {
            const [kind, id = ""] = cell.key.split(":");
            if (kind !== "anggaran") {
              const group = indicatorCells.get(id) ?? { row: cell.row, cells: new Map<string, Cell>() };
              group.cells.set(kind!, cell);
              indicatorCells.set(id, group);
              continue;
            }
            const leaf = await findLeaf(tx, scope, id);
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
            const amount = parsed.value;
            writes.push(async () => {
              await saveAmount(tx, {
                pemdaId: scope.pemdaId,
                link: leaf.link,
                period,
                stored,
                amount,
                row: cell.row,
                label: leaf.label,
              });
              await recordAudit(tx, {
                principal,
                ...{ opdId: scope.opdId, year: scope.year },
                action: "realisasiGrid.save",
                entity: leaf.entity,
                entityId: id,
                oldValues: { period, amount: stored?.amount.toString() ?? null },
                newValues: { period, amount: amount.toString() },
              });
            });
          }

          for (const [id, group] of indicatorCells) {
            const indicator = await findIndicator(tx, scope, id);
            if (!indicator || !coversBidang(principal, indicator.bidangId)) throw notFound();
            const where = { row: group.row, label: indicator.label };
            const values: Record<string, Decimal> = {};
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
              if (parsed.ok) values[kind] = parsed.value;
              else errors[cell.key] = cellMessage(where, field, parsed.message);
            }
            if (Object.keys(values).length !== group.cells.size) continue;
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
                    numerator:
                      (values.pembilang ?? (stored && toDecimal(stored.numerator)))?.toString() ?? null,
                    denominator:
                      (values.penyebut ?? (stored && toDecimal(stored.denominator)))?.toString() ?? null,
                  }
                : { value: values.nilai?.toString() ?? null };
            writes.push(async () => {
              await saveVersioned({
                existing: stored,
                expectedVersion: version,
                update: (where) =>
                  tx.realisasiIndikator.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
                create: () =>
                  tx.realisasiIndikator.create({
                    data: { pemdaId: scope.pemdaId, indikatorId: id, year: scope.year, period, ...data },
                  }),
                stale: () =>
                  new AppError(
                    "CONFLICT",
                    `Baris ${group.row} (${indicator.label}) telah diubah oleh pengguna lain. Muat ulang lalu simpan lagi.`,
                  ),
              });
              await recordAudit(tx, {
                principal,
                ...{ opdId: scope.opdId, year: scope.year },
                action: "realisasiGrid.save",
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
                newValues: { period, ...data },
              });
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
          for (const write of writes) await write();
          return { saved: writes.length };
        }),
      // Two planners filling the same empty cell at once: the unique index lets exactly one in.
      () =>
        new AppError(
          "CONFLICT",
          "Tidak ada yang disimpan: sel yang sama baru saja diisi oleh pengguna lain. Muat ulang lalu isi kembali.",
        ),
    );
  },
});

async function saveAmount(
  tx: Tx,
  args: {
    pemdaId: string;
    link: { subKegiatanId: string } | { rekeningBelanjaId: string };
    period: ReturnType<typeof periodOfQuarter>;
    stored: { id: string; version: number } | null;
    amount: Decimal;
    row: number;
    label: string;
  },
): Promise<void> {
  await saveVersioned({
    existing: args.stored,
    expectedVersion: args.stored?.version ?? null,
    update: (where) =>
      tx.realisasiAnggaran.updateMany({
        where,
        data: { amount: args.amount.toString(), version: { increment: 1 } },
      }),
    create: () =>
      tx.realisasiAnggaran.create({
        data: { pemdaId: args.pemdaId, ...args.link, period: args.period, amount: args.amount.toString() },
      }),
    stale: () =>
      new AppError(
        "CONFLICT",
        `Baris ${args.row} (${args.label}) telah diubah oleh pengguna lain. Muat ulang lalu isi kembali.`,
      ),
  });
}
