import "server-only";
import { cache } from "react";
import {
  inEffectiveOrder,
  targetAwal,
  type IndicatorRevisionHistory,
  type TargetRevisionHistory,
} from "@/lib/calc/target-revisions";
import type { TargetRevisionKind } from "@/lib/vocabulary";
import { db } from "../db";
import { toDecimal, type DecimalLike } from "../decimal";
import type { OpdYearRef } from "../opd-year/load-opd-year";

type StoredTarget = {
  target: DecimalLike | null;
  targetUpper: DecimalLike | null;
  targetRenstra: DecimalLike | null;
};

/** The target a history starts from as stored: the PK's signed target, or the Renstra's. */
function storedTarget(kind: TargetRevisionKind, stored: StoredTarget | undefined) {
  if (kind === "RENSTRA")
    return stored?.targetRenstra ? { value: toDecimal(stored.targetRenstra), upper: null } : null;
  return stored?.target ? { value: toDecimal(stored.target), upper: toDecimal(stored.targetUpper) } : null;
}

/**
 * The documents of `kind` that changed targets of the OPD-year (the context has checked scope), oldest
 * first in the order they took effect, and per indicator the target awal and each document's target. Once
 * per request: the PK page and the PK's loader both show it.
 */
export const loadTargetRevisions = cache(async function loadTargetRevisions(
  context: OpdYearRef,
  kind: TargetRevisionKind,
): Promise<TargetRevisionHistory> {
  const { opd, year } = context;
  const values = await db.targetRevisionValue.findMany({
    where: { pemdaId: opd.pemdaId, year, revision: { pemdaId: opd.pemdaId, opdId: opd.id, kind } },
    include: {
      revision: { include: { createdBy: { select: { name: true } } } },
      indikator: {
        select: { name: true, satuan: true, position: true, targets: { where: { year } } },
      },
    },
  });
  const documents = new Map<string, TargetRevisionHistory["documents"][number]>();
  const indicators = new Map<string, IndicatorRevisionHistory>();
  for (const row of values) {
    const { createdBy, ...document } = row.revision;
    documents.set(document.id, { ...document, createdByName: createdBy?.name ?? null });
    const stored = row.indikator.targets[0];
    const entry = indicators.get(row.indikatorId) ?? {
      indikatorId: row.indikatorId,
      name: row.indikator.name,
      satuan: row.indikator.satuan,
      year,
      awal: storedTarget(kind, stored),
      revisions: [],
    };
    entry.revisions.push({
      document,
      value: toDecimal(row.target),
      upper: toDecimal(row.targetUpper),
      previous: row.previousTarget
        ? { value: toDecimal(row.previousTarget), upper: toDecimal(row.previousTargetUpper) }
        : null,
    });
    indicators.set(row.indikatorId, entry);
  }
  return {
    documents: inEffectiveOrder([...documents.values()].map((document) => ({ document }))).map(
      ({ document }) => document,
    ),
    indicators: [...indicators.values()].map((entry) => {
      const revisions = inEffectiveOrder(entry.revisions);
      return { ...entry, revisions, awal: targetAwal(kind, entry.awal, revisions) };
    }),
  };
});
