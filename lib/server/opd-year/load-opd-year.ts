import "server-only";
import { cache } from "react";
import { type BudgetNodeInput, flattenBudgetInput } from "@/lib/calc/budget";
import type { IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import type { NarrativeContext } from "@/lib/calc/checks";
import type { Quarter } from "@/lib/calc/period";
import type { RencanaAksi } from "@/lib/calc/rencana-aksi";
import type { CalcSettings } from "@/lib/calc/settings";
import type { IkuHistory } from "@/lib/views/opd-dashboard";
import type { RenstraTujuan } from "@/lib/views/pohon-kinerja";
import type { OpdYearFigures } from "@/lib/views/opd-year-result";
import type { DecimalLike } from "../decimal";
import { loadBudgetTree } from "../budget/load-budget-tree";
import { loadIkuHistory } from "../indicators/load-iku-history";
import { type BudgetOwners, loadIndicatorInputs } from "../indicators/load-indicator-inputs";
import type { OpdRef } from "../opd/get-opd";
import { db } from "../db";
import { loadCalcSettings } from "../settings/load-calc-settings";
import { loadNarrativeTexts, narrativeOwnersOf } from "../narrative/load-narratives";
import { loadRencanaAksi } from "../rencana-aksi/load-rencana-aksi";
import { readOpdYearResult } from "./opd-year-result";

export type OpdYearData = {
  budget: BudgetNodeInput;
  indicators: IndicatorCheckInput[];
  settings: CalcSettings;
  /** The LKIP narrative with its year and OPD, for the checks of typed figures. */
  narrative: NarrativeContext;
  /** The IKU in every year of the Renstra period (the dashboards' history and the region's capaian). */
  ikuHistory: IkuHistory[];
  /** The tujuan and sasaran of the Renstra period covering the year. */
  tujuan: RenstraTujuan[];
  /** The year's rencana aksi (the dashboards' plan line and its check). */
  rencanaAksi: RencanaAksi;
};

/** An OPD-year whose LKIP record has been read (by the page context, or by a script). */
export type OpdYearRef = {
  opd: OpdRef;
  year: number;
  laporan: { id: string; reportedPagu: DecimalLike | null; reportedRealisasi: DecimalLike | null };
};

const ownersOf = (budget: BudgetNodeInput): BudgetOwners =>
  new Map(flattenBudgetInput(budget).map((node) => [node.id, { code: node.code, name: node.name }]));

/**
 * Everything the engine needs for an OPD-year, and the Renstra stored with its result (the IKU history, the
 * tujuan and sasaran), in seven statements (indicator owners come from the tree).
 */
export async function loadOpdYear({ opd, year, laporan }: OpdYearRef): Promise<OpdYearData> {
  const scope = { pemdaId: opd.pemdaId, opdId: opd.id, year };
  const budget = loadBudgetTree({ ...scope, opdName: opd.name, laporan });
  const [indicators, settings, narratives, ikuHistory, tujuan, rencanaAksi] = await Promise.all([
    loadIndicatorInputs(scope, budget.then(ownersOf)),
    loadCalcSettings(opd.pemdaId),
    loadNarrativeTexts(
      { id: laporan.id, ...scope },
      budget.then((tree) => narrativeOwnersOf({ id: laporan.id, ...scope }, tree)),
    ),
    loadIkuHistory(scope),
    db.tujuan.findMany({
      where: {
        pemdaId: opd.pemdaId,
        periode: { opdId: opd.id, startYear: { lte: year }, endYear: { gte: year } },
      },
      orderBy: { code: "asc" },
      select: {
        id: true,
        code: true,
        text: true,
        sasaran: { orderBy: { code: "asc" }, select: { id: true, code: true, text: true } },
      },
    }),
    loadRencanaAksi(scope),
  ]);
  return {
    budget: await budget,
    indicators,
    settings,
    narrative: { year, opdName: opd.name, narratives },
    ikuHistory,
    tujuan,
    rencanaAksi,
  };
}

/**
 * The rollup, every indicator's evaluation, the findings and the settings through a quarter, as stored for
 * the OPD-year's current data version (computed and stored first if missing or stale), once per request.
 */
export const getOpdYearEvaluation = cache(
  (ref: OpdYearRef, throughQuarter: Quarter): Promise<OpdYearFigures> =>
    readOpdYearResult(ref, throughQuarter, "figures"),
);
