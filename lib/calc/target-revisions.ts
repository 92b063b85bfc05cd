import type Decimal from "decimal.js";
import { formatDateLong } from "@/lib/format";
import { targetRevisionKindLabel, type TargetRevisionKind } from "@/lib/vocabulary";

/** A Renstra revision or a PK perubahan as the screens and the LKIP cite it. */
export type TargetRevisionDocument = {
  id: string;
  kind: TargetRevisionKind;
  nomor: string;
  tanggal: Date;
  alasan: string;
  berlakuMulai: Date;
  createdAt: Date;
};

/** The target one document sets for an indicator-year, and the one in force just before it. */
export type RevisedTarget = {
  document: TargetRevisionDocument;
  value: Decimal;
  upper: Decimal | null;
  previous: { value: Decimal; upper: Decimal | null } | null;
};

/** The last day of a year: a report of the year uses the targets in force on it. */
export function yearEnd(year: number): Date {
  return new Date(Date.UTC(year, 11, 31));
}

const effectiveOrder = (a: TargetRevisionDocument, b: TargetRevisionDocument) =>
  a.berlakuMulai.getTime() - b.berlakuMulai.getTime() ||
  a.tanggal.getTime() - b.tanggal.getTime() ||
  a.createdAt.getTime() - b.createdAt.getTime();

/** The revisions of one indicator-year in the order they took effect. */
export function inEffectiveOrder<T extends { document: TargetRevisionDocument }>(
  revisions: readonly T[],
): T[] {
  return [...revisions].sort((a, b) => effectiveOrder(a.document, b.document));
}

/**
 * The revision in force on `date`: the last one that took effect on or before it (on the same day, the
 * later document); null while none has, so the target awal holds.
 */
export function revisionInForce<T extends { document: TargetRevisionDocument }>(
  revisions: readonly T[],
  date: Date,
): T | null {
  const started = revisions.filter((r) => r.document.berlakuMulai.getTime() <= date.getTime());
  return inEffectiveOrder(started).at(-1) ?? null;
}

/**
 * Why a document may not change these years, or null: a PK perubahan changes the targets of the year it
 * takes effect in; a Renstra revision those of that year and later, never an earlier year's.
 */
export function revisionYearProblem(
  kind: TargetRevisionKind,
  berlakuMulai: Date,
  year: number,
): string | null {
  const from = berlakuMulai.getUTCFullYear();
  if (kind === "PK" && year !== from) {
    return `PK Perubahan yang berlaku mulai ${formatDateLong(berlakuMulai)} hanya mengubah target tahun ${from}, bukan tahun ${year}.`;
  }
  if (kind === "RENSTRA" && year < from) {
    return `Revisi Renstra yang berlaku mulai ${formatDateLong(berlakuMulai)} tidak dapat mengubah target tahun ${year} yang telah lewat.`;
  }
  return null;
}

/** "PK Perubahan Nomor 050/123/2022 tanggal 1 Juli 2022". */
export function citeRevision(document: Pick<TargetRevisionDocument, "kind" | "nomor" | "tanggal">): string {
  return `${targetRevisionKindLabel[document.kind]} Nomor ${document.nomor} tanggal ${formatDateLong(document.tanggal)}`;
}

/** One indicator-year's targets: awal, then each document's in the order they took effect. */
export type IndicatorRevisionHistory = {
  indikatorId: string;
  name: string;
  satuan: string;
  year: number;
  awal: { value: Decimal; upper: Decimal | null } | null;
  revisions: RevisedTarget[];
};

/**
 * The target awal of a history: the PK's signed target (never overwritten), or for a Renstra target the
 * one the first revision replaced.
 */
export function targetAwal(
  kind: TargetRevisionKind,
  stored: { value: Decimal; upper: Decimal | null } | null,
  revisions: readonly RevisedTarget[],
): { value: Decimal; upper: Decimal | null } | null {
  if (kind === "PK") return stored;
  return inEffectiveOrder(revisions)[0]?.previous ?? stored;
}

/** The documents of one kind that changed an OPD-year's targets, and each indicator's history. */
export type TargetRevisionHistory = {
  documents: (TargetRevisionDocument & { createdByName: string | null })[];
  indicators: IndicatorRevisionHistory[];
};

/** An indicator a revision form offers: its target now and the version the user edits from. */
export type RevisionFormRow = {
  indikatorId: string;
  owner: string;
  name: string;
  satuan: string;
  isRange: boolean;
  /** The target a new document replaces, as printed ("3 %"). */
  current: string;
  version: number | null;
};
