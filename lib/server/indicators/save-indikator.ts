import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { saveIndikatorInput, type SaveIndikatorInput } from "@/lib/inputs/indikator";
import { levelTitle } from "@/lib/vocabulary";
import { db } from "../db";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { saveVersioned } from "../mutations/versioned";
import { findIndicatorOwner, ownerCoversYear, ownerField, ownerIdOf, scopeOf } from "./indicator-owner";

type Definition = Pick<
  SaveIndikatorInput,
  | "name"
  | "satuan"
  | "polarity"
  | "calculation"
  | "numeratorLabel"
  | "denominatorLabel"
  | "aggregation"
  | "isIku"
>;

const definitionOf = (row: Definition): Definition => ({
  name: row.name,
  satuan: row.satuan,
  polarity: row.polarity,
  calculation: row.calculation,
  numeratorLabel: row.numeratorLabel,
  denominatorLabel: row.denominatorLabel,
  aggregation: row.aggregation,
  isIku: row.isIku,
});

const conflict = (current: Definition | null) =>
  new AppError(
    "CONFLICT",
    current === null
      ? "Indikator ini telah dihapus oleh pengguna lain. Muat ulang halaman."
      : `Indikator ini telah diubah oleh pengguna lain (sekarang: "${current.name}", satuan ${current.satuan}). Muat ulang halaman, periksa, lalu simpan lagi.`,
    current === null ? undefined : { ...definitionOf(current), isIku: String(current.isIku) },
  );

/**
 * Creates or updates the definition of one indicator: name, satuan, polarity, direct or ratio
 * calculation, how quarters combine, and (sasaran only) whether it is an IKU.
 */
export const saveIndikator = defineMutation({
  name: "indikator.save",
  input: saveIndikatorInput,
  async run({ principal, input, audit }) {
    return db.$transaction(async (tx) => {
      const existing = input.indikatorId
        ? await tx.indikator.findFirst({
            where: { id: input.indikatorId, pemdaId: principal.pemdaId },
            include: { _count: { select: { realisasi: true } } },
          })
        : null;
      if (input.indikatorId && !existing) throw notFound();
      // Authorised against the stored owner, never the one the client names for an existing indicator.
      const owner = await findForWrite(
        principal,
        "plan:edit",
        findIndicatorOwner(tx, {
          pemdaId: principal.pemdaId,
          ...(existing
            ? { level: existing.level, id: ownerIdOf(existing) }
            : { level: input.ownerLevel, id: input.ownerId }),
        }),
        scopeOf,
      );
      if (existing && (existing.level !== input.ownerLevel || ownerIdOf(existing) !== input.ownerId)) {
        throw new AppError("INVALID", "Indikator tidak dapat dipindahkan ke pemilik lain.");
      }
      if (!ownerCoversYear(owner, input.year)) {
        throw new AppError(
          "INVALID",
          `${levelTitle(owner.level)} ${owner.label} tidak berlaku pada tahun ${input.year}.`,
        );
      }
      await assertYearEditable(tx, { pemdaId: owner.pemdaId, opdId: owner.opdId, year: input.year });

      const definition = definitionOf(input);
      if (existing && existing.calculation !== input.calculation && existing._count.realisasi > 0) {
        throw new AppError(
          "INVALID",
          "Cara perhitungan tidak dapat diubah karena indikator ini sudah memiliki realisasi; realisasi langsung dan rasio dicatat berbeda.",
        );
      }
      const { id, version } = await saveVersioned({
        existing,
        expectedVersion: existing ? input.version : null,
        update: (where) =>
          tx.indikator.updateMany({ where, data: { ...definition, version: { increment: 1 } } }),
        create: async () => {
          const last = await tx.indikator.aggregate({
            where: { pemdaId: owner.pemdaId, [ownerField[owner.level]]: owner.id },
            _max: { position: true },
          });
          return tx.indikator.create({
            data: {
              pemdaId: owner.pemdaId,
              level: owner.level,
              [ownerField[owner.level]]: owner.id,
              position: (last._max.position ?? -1) + 1,
              ...definition,
            },
          });
        },
        stale: async () => conflict(await tx.indikator.findFirst({ where: { id: existing!.id } })),
      });

      await audit(tx, {
        opdId: owner.opdId,
        year: input.year,
        entity: "Indikator",
        entityId: id,
        oldValues: existing ? definitionOf(existing) : undefined,
        newValues: definition,
      });
      return { id, version };
    });
  },
});
