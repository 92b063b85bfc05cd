import "server-only";
import { cache } from "react";
import { narrativeSections, type NarrativeSectionValue } from "@/lib/inputs/narrative";
import { narrativeSectionLabel } from "@/lib/vocabulary";
import { db } from "../db";
import type { OpdRef } from "../opd/get-opd";

export type NarrativeEntry = {
  section: NarrativeSectionValue;
  /** ANALISIS_SASARAN only: the sasaran analysed. */
  sasaranId: string | null;
  title: string;
  body: string;
  /** null: the section has no text yet. */
  version: number | null;
};

/**
 * The stored texts of an LKIP, read once per request: the narasi and LKIP screens, the LKIP input and the
 * engine's checks all need them.
 */
export const loadStoredNarratives = cache((pemdaId: string, laporanId: string) =>
  db.narrative.findMany({ where: { pemdaId, laporanId } }),
);

/**
 * The narrative of an OPD-year's LKIP in report order, one entry per section (ANALISIS_SASARAN: per
 * sasaran of the Renstra covering the year), including the sections nobody has written yet.
 */
export async function loadNarratives({
  opd,
  year,
  laporanId,
}: {
  opd: OpdRef;
  year: number;
  laporanId: string;
}): Promise<NarrativeEntry[]> {
  const [stored, sasaran] = await Promise.all([
    loadStoredNarratives(opd.pemdaId, laporanId),
    db.sasaran.findMany({
      where: {
        pemdaId: opd.pemdaId,
        tujuan: { periode: { opdId: opd.id, startYear: { lte: year }, endYear: { gte: year } } },
      },
      orderBy: { code: "asc" },
    }),
  ]);
  const entry = (section: NarrativeSectionValue, sasaranId: string | null, title: string) => {
    const row = stored.find((n) => n.section === section && n.sasaranId === sasaranId);
    return { section, sasaranId, title, body: row?.body ?? "", version: row?.version ?? null };
  };
  return narrativeSections.flatMap((section) =>
    section === "ANALISIS_SASARAN"
      ? sasaran.map((s) => entry(section, s.id, `${narrativeSectionLabel[section]} ${s.code}: ${s.text}`))
      : [entry(section, null, narrativeSectionLabel[section])],
  );
}

/** The stored narrative texts of an LKIP with their section titles, for the checks of typed figures. */
export async function loadNarrativeTexts({
  pemdaId,
  laporanId,
}: {
  pemdaId: string;
  laporanId: string;
}): Promise<{ title: string; body: string }[]> {
  const rows = await loadStoredNarratives(pemdaId, laporanId);
  const order = (section: NarrativeSectionValue) => narrativeSections.indexOf(section);
  return rows
    .sort((a, b) => order(a.section) - order(b.section))
    .map((row) => ({ title: narrativeSectionLabel[row.section], body: row.body }));
}
