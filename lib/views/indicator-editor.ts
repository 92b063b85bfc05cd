import type {
  AggregationValue,
  CalculationValue,
  IndicatorOwnerLevel,
  PolarityValue,
} from "@/lib/inputs/indikator";
import { matchesSearch, type PageInfo, pageInfo, pageOfList, SUB_KEGIATAN_PER_PAGE } from "./page-of-tree";

/** What the edit form starts from: the definition as stored, figures as the planner types them. */
export type IndicatorDefinitionValues = {
  name: string;
  satuan: string;
  polarity: PolarityValue;
  calculation: CalculationValue;
  numeratorLabel: string;
  denominatorLabel: string;
  aggregation: AggregationValue;
  isIku: boolean;
};

export type IndicatorTargetValues = {
  target: string;
  targetUpper: string;
  targetRenstra: string;
  targetPerubahan: string;
  targetUpperPerubahan: string;
  perubahanReason: string;
  targetText: string;
};

export type EditorIndicator = {
  id: string;
  version: number;
  definition: IndicatorDefinitionValues;
  /** null version: the year has no target row yet. */
  targetVersion: number | null;
  targetValues: IndicatorTargetValues;
  shown: {
    /** The agreed target ("2–5" for a RENTANG), "—" when none. */
    target: string;
    targetPerubahan: string | null;
    /** The target the capaian is computed against (perubahan applied), with its satuan. */
    targetInForce: string;
    perubahanReason: string | null;
    targetRenstra: string | null;
    /** With its satuan ("300 PMKS"), or why there is none. */
    realisasi: string;
    /** RASIO: the combined numerator / denominator behind the percentage. */
    ratio: string | null;
    capaian: string;
    predikat: string | null;
  };
};

export type EditorOwner = {
  level: IndicatorOwnerLevel;
  id: string;
  code: string;
  name: string;
  bidangName: string | null;
  /** Whether the principal may add and change this owner's indicators now. */
  canEdit: boolean;
  indicators: EditorIndicator[];
};

export type EditorGroup = { level: IndicatorOwnerLevel; title: string; owners: EditorOwner[] };

/**
 * The editor with one page of the sub kegiatan (the level with thousands of owners in a large OPD); the
 * other levels whole. `indicatorCounts`: every level's indicators, paged or not.
 */
export function pageOfIndicatorEditor(
  groups: readonly EditorGroup[],
  { page, search }: { page: number; search?: string },
): { groups: EditorGroup[]; info: PageInfo; indicatorCounts: Map<IndicatorOwnerLevel, number> } {
  const indicatorCounts = new Map(
    groups.map((group) => [group.level, group.owners.reduce((n, owner) => n + owner.indicators.length, 0)]),
  );
  let info = pageInfo({ total: 0, requested: 1, size: SUB_KEGIATAN_PER_PAGE });
  const paged = groups.map((group) => {
    if (group.level !== "SUB_KEGIATAN") return group;
    const shown = pageOfList(
      group.owners.filter((owner) => matchesSearch(owner, search)),
      page,
      SUB_KEGIATAN_PER_PAGE,
    );
    info = shown.info;
    return { ...group, owners: shown.items };
  });
  return { groups: paged, info, indicatorCounts };
}
