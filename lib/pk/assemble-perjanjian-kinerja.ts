import type Decimal from "decimal.js";
import type { BudgetNodeResult } from "@/lib/calc/budget";
import type { IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import { compareCodes } from "@/lib/calc/finding";
import type { RevisedTarget, TargetRevisionDocument } from "@/lib/calc/target-revisions";

/** The signatories as the PerjanjianKinerja record holds them. */
export type PerjanjianKinerjaRecord = {
  id: string;
  version: number;
  signerName: string;
  signerNip: string | null;
  signerTitle: string;
  counterpartName: string | null;
  counterpartTitle: string;
  signedAt: Date | null;
};

export type PkTarget = {
  /** The agreed target (RENTANG: its lower bound), null when none is set. */
  value: Decimal | null;
  upper: Decimal | null;
};

export type PkIndicator = {
  id: string;
  name: string;
  satuan: string;
  isRange: boolean;
  target: PkTarget;
  /** A target perubahan replaces the agreed one during the year; its reason as recorded. */
  perubahan: (PkTarget & { reason: string | null }) | null;
  /** The PK Perubahan documents that changed the target, in the order they took effect. */
  revisions: RevisedTarget[];
};

export type PkSasaran = { code: string; text: string; indicators: PkIndicator[] };

export type PkProgram = {
  code: string;
  name: string;
  pagu: Decimal;
  kegiatan: number;
  subKegiatan: number;
  indicators: PkIndicator[];
};

export type PerjanjianKinerjaDocument = {
  year: number;
  opdName: string;
  pemdaName: string;
  record: PerjanjianKinerjaRecord;
  sasaran: PkSasaran[];
  programs: PkProgram[];
  /** Sum of the programs' pagu: the OPD's total from the leaves, as the rollup gives it. */
  totalPagu: Decimal;
  /** The year's PK Perubahan documents, in the order they took effect. */
  revisionDocuments: TargetRevisionDocument[];
};

/** The year's PK Perubahan: the documents and, per indicator id, the targets they set. */
export type PkRevisions = {
  documents: TargetRevisionDocument[];
  byIndicator: ReadonlyMap<string, RevisedTarget[]>;
};

function toPkIndicator(
  indicator: IndicatorCheckInput,
  reasons: ReadonlyMap<string, string>,
  revisions: PkRevisions,
): PkIndicator {
  const { value, upper, perubahan, upperPerubahan } = indicator.target;
  const changed = (perubahan ?? null) !== null || (upperPerubahan ?? null) !== null;
  return {
    id: indicator.id,
    name: indicator.name,
    satuan: indicator.satuan,
    isRange: indicator.polarity === "RENTANG",
    target: { value: value ?? null, upper: upper ?? null },
    perubahan: changed
      ? { value: perubahan ?? null, upper: upperPerubahan ?? null, reason: reasons.get(indicator.id) ?? null }
      : null,
    revisions: revisions.byIndicator.get(indicator.id) ?? [],
  };
}

const countLevel = (node: BudgetNodeResult, level: BudgetNodeResult["level"]): number =>
  (node.level === level ? 1 : 0) + node.children.reduce((sum, child) => sum + countLevel(child, level), 0);

/**
 * The Perjanjian Kinerja of an OPD-year, from the same data as everything else: the sasaran with their
 * indicators (IKU) and this year's targets, the programs with their indicators and the pagu rolled up
 * from the leaves, and the two signatories. The page and the LKIP's Lampiran I both render it, through
 * the texts of perjanjian-kinerja-text.ts.
 */
export function assemblePerjanjianKinerja({
  year,
  opdName,
  pemdaName,
  record,
  indicators,
  rollup,
  perubahanReasons,
  revisions,
}: {
  year: number;
  opdName: string;
  pemdaName: string;
  record: PerjanjianKinerjaRecord;
  indicators: readonly IndicatorCheckInput[];
  /** The OPD-year's budget rolled up (root = the OPD). */
  rollup: BudgetNodeResult;
  /** Indicator id → the reason recorded with its target perubahan. */
  perubahanReasons: ReadonlyMap<string, string>;
  revisions: PkRevisions;
}): PerjanjianKinerjaDocument {
  const sasaran = new Map<string, PkSasaran>();
  for (const indicator of indicators.filter((i) => i.level === "SASARAN")) {
    const entry = sasaran.get(indicator.code) ?? {
      code: indicator.code,
      text: indicator.ownerName,
      indicators: [],
    };
    entry.indicators.push(toPkIndicator(indicator, perubahanReasons, revisions));
    sasaran.set(indicator.code, entry);
  }
  const programIndicators = indicators.filter((i) => i.level === "PROGRAM");
  const programs = rollup.children.map((program) => ({
    code: program.code,
    name: program.name,
    pagu: program.pagu,
    kegiatan: countLevel(program, "KEGIATAN"),
    subKegiatan: countLevel(program, "SUB_KEGIATAN"),
    indicators: programIndicators
      .filter((i) => i.code === program.code)
      .map((i) => toPkIndicator(i, perubahanReasons, revisions)),
  }));
  return {
    year,
    opdName,
    pemdaName,
    record,
    sasaran: [...sasaran.values()].sort((a, b) => compareCodes(a.code, b.code)),
    programs,
    totalPagu: rollup.pagu,
    revisionDocuments: revisions.documents,
  };
}
