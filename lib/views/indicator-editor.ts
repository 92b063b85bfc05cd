import type {
  AggregationValue,
  CalculationValue,
  IndicatorOwnerLevel,
  PolarityValue,
} from "@/lib/inputs/indikator";

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
