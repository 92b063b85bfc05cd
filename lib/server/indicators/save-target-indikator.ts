import "server-only";
import type Decimal from "decimal.js";
import { AppError, InvalidInputError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { saveTargetIndikatorInput, type SaveTargetIndikatorInput } from "@/lib/inputs/indikator";
import { levelTitle } from "@/lib/vocabulary";
import { db, type Tx } from "../db";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate, saveVersioned } from "../mutations/versioned";
import { findIndicatorOwner, ownerCoversYear, ownerIdOf, scopeOf } from "./indicator-owner";

const figures = [
  "target",
  "targetUpper",
  "targetRenstra",
  "targetPerubahan",
  "targetUpperPerubahan",
] as const;

type Stored = Record<(typeof figures)[number], Prisma.Decimal | null> & {
  perubahanReason: string | null;
  targetText: string | null;
};
type Values = Record<(typeof figures)[number] | "perubahanReason" | "targetText", string | null>;

/** The targets as the audit and a conflict show them: plain decimal strings ("7.23"). */
function storedValues(row: Stored | null): Values | null {
  if (!row) return null;
  const values = Object.fromEntries(figures.map((key) => [key, row[key]?.toString() ?? null]));
  return { ...values, perubahanReason: row.perubahanReason, targetText: row.targetText } as Values;
}

function inputValues(input: SaveTargetIndikatorInput): Values {
  const text = (d: Decimal | null) => (d === null ? null : d.toFixed());
  return {
    target: text(input.target),
    targetUpper: text(input.targetUpper),
    targetRenstra: text(input.targetRenstra),
    targetPerubahan: text(input.targetPerubahan),
    targetUpperPerubahan: text(input.targetUpperPerubahan),
    perubahanReason: input.perubahanReason,
    targetText: input.targetText,
  };
}

const conflict = (year: number, current: Values | null) =>
  new AppError(
    "CONFLICT",
    current === null
      ? `Target tahun ${year} indikator ini telah dihapus oleh pengguna lain. Muat ulang halaman.`
      : `Target tahun ${year} indikator ini telah diubah oleh pengguna lain. Muat ulang halaman, periksa, lalu simpan lagi.`,
    current ?? undefined,
  );

const invalid = (message: string) => new AppError("INVALID", message);
const invalidField = (field: keyof SaveTargetIndikatorInput, message: string) =>
  new InvalidInputError(message, { [field]: message });

/** Upper bounds follow the stored polarity: required in pairs for RENTANG, absent otherwise. */
function checkBounds(polarity: string, input: SaveTargetIndikatorInput): void {
  if (polarity !== "RENTANG") {
    const field = input.targetUpper !== null ? "targetUpper" : "targetUpperPerubahan";
    if (input.targetUpper !== null || input.targetUpperPerubahan !== null) {
      throw invalidField(field, "Batas atas hanya diisi untuk indikator berpolaritas rentang.");
    }
    return;
  }
  if ((input.target === null) !== (input.targetUpper === null)) {
    throw invalidField(
      input.target === null ? "target" : "targetUpper",
      "Indikator rentang memerlukan target batas bawah dan batas atas sekaligus.",
    );
  }
  if ((input.targetPerubahan === null) !== (input.targetUpperPerubahan === null)) {
    throw invalidField(
      input.targetPerubahan === null ? "targetPerubahan" : "targetUpperPerubahan",
      "Target perubahan indikator rentang memerlukan batas bawah dan batas atas sekaligus; pasangan perubahan menggantikan pasangan awal.",
    );
  }
}

/**
 * The targets of one indicator for one year: the PK target (RENTANG: lower and upper bound), the Renstra
 * target, and a target perubahan with its reason, which then counts as the target.
 */
export const saveTargetIndikator = defineMutation({
  name: "targetIndikator.save",
  input: saveTargetIndikatorInput,
  async run({ principal, input, audit }) {
    const currentOf = (client: Tx) =>
      client.targetIndikator.findFirst({
        where: { indikatorId: input.indikatorId, year: input.year, pemdaId: principal.pemdaId },
      });
    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          const indikator = await tx.indikator.findFirst({
            where: { id: input.indikatorId, pemdaId: principal.pemdaId },
            include: { targets: { where: { year: input.year } } },
          });
          if (!indikator) throw notFound();
          const owner = await findForWrite(
            principal,
            "plan:edit",
            findIndicatorOwner(tx, {
              pemdaId: principal.pemdaId,
              level: indikator.level,
              id: ownerIdOf(indikator),
            }),
            scopeOf,
          );
          if (!ownerCoversYear(owner, input.year)) {
            throw invalid(
              `${levelTitle(owner.level)} ${owner.label} tidak memiliki target tahun ${input.year}.`,
            );
          }
          // For a tujuan or sasaran indicator, the LKIP of the target's year decides.
          await assertYearEditable(tx, { pemdaId: owner.pemdaId, opdId: owner.opdId, year: input.year });
          checkBounds(indikator.polarity, input);

          const existing = indikator.targets[0] ?? null;
          const values = inputValues(input);
          const { version } = await saveVersioned({
            existing,
            expectedVersion: input.version,
            update: (where) =>
              tx.targetIndikator.updateMany({ where, data: { ...values, version: { increment: 1 } } }),
            create: () =>
              tx.targetIndikator.create({
                data: { pemdaId: indikator.pemdaId, indikatorId: indikator.id, year: input.year, ...values },
              }),
            stale: async () => conflict(input.year, storedValues(await currentOf(tx))),
          });

          await audit(tx, {
            opdId: owner.opdId,
            year: input.year,
            entity: "Indikator",
            entityId: indikator.id,
            oldValues: existing ? { year: input.year, ...storedValues(existing) } : undefined,
            newValues: { year: input.year, ...values },
            reason: values.perubahanReason,
          });
          return { version };
        }),
      // Two users setting the first target of the year at once: the unique index lets exactly one in.
      async () => conflict(input.year, storedValues(await currentOf(db))),
    );
  },
});
