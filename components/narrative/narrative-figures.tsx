"use client";

import { createContext, type ReactNode, use, useMemo } from "react";
import { type NarrativeFigures, parseNarrativeFigures } from "@/lib/calc/figure-tokens";

const NarrativeFiguresContext = createContext<NarrativeFigures | null>(null);

/**
 * The OPD-year's figures (lkipFigures, sent once as text for the whole page) for every section editor
 * below: they fill the preview's tokens and check the typed text.
 */
export function NarrativeFiguresProvider({ figures, children }: { figures: string; children: ReactNode }) {
  const parsed = useMemo(() => parseNarrativeFigures(figures), [figures]);
  return <NarrativeFiguresContext value={parsed}>{children}</NarrativeFiguresContext>;
}

export function useNarrativeFigures(): NarrativeFigures {
  const figures = use(NarrativeFiguresContext);
  if (!figures) throw new Error("useNarrativeFigures outside NarrativeFiguresProvider");
  return figures;
}
