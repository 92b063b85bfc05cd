import "server-only";
import type Decimal from "decimal.js";
import { AppError, InvalidInputError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  citeRevision,
  revisionInForce,
  revisionYearProblem,
  yearEnd,
  type RevisedTarget,
} from "@/lib/calc/target-revisions";
import { recordTargetRevisionInput, type RecordTargetRevisionInput } from "@/lib/inputs/target-revision";
import type { IndicatorOwnerLevel } from "@/lib/inputs/indikator";
import { levelName, levelTitle, targetRevisionKindLabel } from "@/lib/vocabulary";
import { db, type Tx } from "../db";
import { toDecimal } from "../decimal";
import { findIndicatorOwner, ownerCoversYear, ownerIdOf } from "../indicators/indicator-owner";
import { assertYearEditable, assertYearsEditable } from "../laporan/lock-laporan";
import { findOpdForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate, saveVersioned } from "../mutations/versioned";

type Input = RecordTargetRevisionInput;
type Row = Input["targets"][number] & { target: Decimal };

/** The rows that set a target, each with its index in the form (where a message goes). */
const changedRows = (input: Input) =>
  input.targets.flatMap((row, index) => (row.target ? [{ row: row as Row, index }] : []));

const invalidAt = (index: number, field: keyof Row, message: string) =>
  new InvalidInputError(message, { [`targets.${index}.${field}`]: message });

const text = (d: Decimal | Prisma.Decimal | null | undefined) => (d ? d.toString() : null);

type StoredTarget = Record<
  "target" | "targetUpper" | "targetPerubahan" | "targetUpperPerubahan" | "targetRenstra",
  Prisma.Decimal | null
>;

/** The target a revision of `kind` replaces: the PK's in force (perubahan, else awal) or the Renstra's. */
function currentTarget(kind: Input["kind"], stored: StoredTarget | null) {
  if (!stored) return null;
  if (kind === "RENSTRA") return stored.targetRenstra && { value: stored.targetRenstra, upper: null };
  if (stored.targetPerubahan) return { value: stored.targetPerubahan, upper: stored.targetUpperPerubahan };
  return stored.target && { value: stored.target, upper: stored.targetUpper };
}

/** What a revision writes on the indicator-year: the value in force at the year's end, with its document. */
function inForceValues(kind: Input["kind"], inForce: RevisedTarget) {
  if (kind === "RENSTRA") return { targetRenstra: inForce.value.toString() };
  return {
    targetPerubahan: inForce.value.toString(),
    targetUpperPerubahan: text(inForce.upper),
    perubahanReason: `${citeRevision(inForce.document)}: ${inForce.document.alasan}`,
  };
}

/** The targets each kind of document fixes: the PK's sasaran and program indicators, the Renstra's tujuan and sasaran. */
const revisedLevels = {
  PK: ["SASARAN", "PROGRAM"],
  RENSTRA: ["TUJUAN", "SASARAN"],
} as const satisfies Record<Input["kind"], readonly IndicatorOwnerLevel[]>;

/** Checks every row against its indicator: this OPD's, a target of that year, the bounds its polarity needs. */
async function checkTargets(tx: Tx, opdId: string, pemdaId: string, input: Input) {
  const rows = changedRows(input);
  const indikators = await tx.indikator.findMany({
    where: { pemdaId, id: { in: rows.map(({ row }) => row.indikatorId) } },
  });
  const byId = new Map(indikators.map((i) => [i.id, i]));
  for (const { row, index } of rows) {
    const indikator = byId.get(row.indikatorId);
    const owner =
      indikator &&
      (await findIndicatorOwner(tx, { pemdaId, level: indikator.level, id: ownerIdOf(indikator) }));
    if (!indikator || !owner || owner.opdId !== opdId) {
      throw invalidAt(index, "indikatorId", "Indikator tidak ditemukan pada perangkat daerah ini.");
    }
    if (!(revisedLevels[input.kind] as readonly string[]).includes(indikator.level)) {
      throw invalidAt(
        index,
        "indikatorId",
        `Indikator ${levelName(indikator.level)} "${indikator.name}" bukan target ${targetRevisionKindLabel[input.kind]}.`,
      );
    }
    if (!ownerCoversYear(owner, row.year)) {
      throw invalidAt(
        index,
        "year",
        `${levelTitle(owner.level)} ${owner.label} tidak memiliki target tahun ${row.year}.`,
      );
    }
    const problem = revisionYearProblem(input.kind, input.berlakuMulai, row.year);
    if (problem) throw invalidAt(index, "year", problem);
    const rentang = indikator.polarity === "RENTANG" && input.kind === "PK";
    if (rentang !== (row.targetUpper !== null)) {
      throw invalidAt(
        index,
        "targetUpper",
        rentang
          ? `Indikator rentang "${indikator.name}" memerlukan batas bawah dan batas atas.`
          : `Batas atas hanya diisi untuk target PK indikator berpolaritas rentang ("${indikator.name}").`,
      );
    }
  }
}

/**
 * Records a Renstra revision or a PK perubahan: the document, the target it sets for each indicator-year
 * (with the one it replaces, so every version stays readable) and, on the indicator-year, the value in
 * force at the year's end, which every figure of the year reads. The target awal is never touched. The
 * head who signs the Perjanjian Kinerja records it; a year whose LKIP planners no longer hold (submitted,
 * reviewed, FINAL) is refused whole.
 */
export const recordTargetRevision = defineMutation({
  name: "targetRevision.record",
  input: recordTargetRevisionInput,
  async run({ principal, input, audit }) {
    const duplicate = () =>
      new InvalidInputError(
        `Nomor ${input.nomor} sudah dicatat sebagai ${targetRevisionKindLabel[input.kind]}.`,
        {
          nomor: "Nomor dokumen ini sudah dicatat",
        },
      );
    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          const opd = await findOpdForWrite(tx, principal, "perjanjianKinerja:sign", input.opdId);
          const pemdaId = opd.pemdaId;
          await checkTargets(tx, opd.id, pemdaId, input);
          const rows = changedRows(input).map(({ row }) => row);
          const years = [...new Set(rows.map((t) => t.year))].sort();
          // A Renstra target of a year not started yet is changed freely; a started year must be open.
          if (input.kind === "RENSTRA") await assertYearsEditable(tx, { pemdaId, opdId: opd.id }, years);
          else {
            for (const year of years) {
              await assertYearEditable(tx, { pemdaId, opdId: opd.id, year });
              const pk = await tx.perjanjianKinerja.findFirst({ where: { pemdaId, opdId: opd.id, year } });
              if (!pk) throw new AppError("INVALID", `Perjanjian Kinerja tahun ${year} belum dicatat.`);
            }
          }

          const document = await tx.targetRevision.create({
            data: {
              pemdaId,
              opdId: opd.id,
              kind: input.kind,
              nomor: input.nomor,
              tanggal: input.tanggal,
              alasan: input.alasan,
              berlakuMulai: input.berlakuMulai,
              createdById: principal.userId,
            },
          });
          await audit(tx, {
            opdId: opd.id,
            year: years[0]!,
            entity: "TargetRevision",
            entityId: document.id,
            newValues: {
              kind: input.kind,
              nomor: input.nomor,
              tanggal: input.tanggal.toISOString().slice(0, 10),
              berlakuMulai: input.berlakuMulai.toISOString().slice(0, 10),
            },
            reason: input.alasan,
          });

          for (const row of rows) {
            await reviseTarget(tx, {
              pemdaId,
              kind: input.kind,
              documentId: document.id,
              row,
              audit: (entry) => audit(tx, { ...entry, opdId: opd.id, reason: input.alasan }),
            });
          }
          return { id: document.id };
        }),
      duplicate,
    );
  },
});

/** One indicator-year: the revision's value row, then the value in force at the year's end, versioned. */
async function reviseTarget(
  tx: Tx,
  {
    pemdaId,
    kind,
    documentId,
    row,
    audit,
  }: {
    pemdaId: string;
    kind: Input["kind"];
    documentId: string;
    row: Row;
    audit: (entry: {
      year: number;
      entity: string;
      entityId: string;
      oldValues?: Prisma.InputJsonValue;
      newValues: Prisma.InputJsonValue;
    }) => Promise<void>;
  },
) {
  const where = { pemdaId, indikatorId: row.indikatorId, year: row.year };
  const stored = await tx.targetIndikator.findFirst({ where });
  const previous = currentTarget(kind, stored);
  await tx.targetRevisionValue.create({
    data: {
      ...where,
      revisionId: documentId,
      target: row.target.toString(),
      targetUpper: text(row.targetUpper),
      previousTarget: text(previous?.value),
      previousTargetUpper: text(previous?.upper),
    },
  });
  const revisions = await tx.targetRevisionValue.findMany({
    where: { ...where, revision: { kind } },
    include: { revision: true },
  });
  const inForce = revisionInForce(
    revisions.map((r) => ({
      document: r.revision,
      value: toDecimal(r.target)!,
      upper: toDecimal(r.targetUpper),
      previous: null,
    })),
    yearEnd(row.year),
  );
  if (!inForce) return;
  const values = inForceValues(kind, inForce);
  await saveVersioned({
    existing: stored,
    expectedVersion: row.version,
    update: (w) =>
      tx.targetIndikator.updateMany({ where: w, data: { ...values, version: { increment: 1 } } }),
    create: () => tx.targetIndikator.create({ data: { ...where, ...values } }),
    stale: () =>
      new AppError(
        "CONFLICT",
        `Target tahun ${row.year} salah satu indikator telah diubah oleh pengguna lain. Muat ulang halaman, periksa, lalu catat lagi.`,
      ),
  });
  const field = kind === "RENSTRA" ? "targetRenstra" : "targetPerubahan";
  await audit({
    year: row.year,
    entity: "Indikator",
    entityId: row.indikatorId,
    oldValues: { year: row.year, [field]: text(stored?.[field]) },
    newValues: { year: row.year, ...values },
  });
}
