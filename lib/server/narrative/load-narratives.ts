import "server-only";
import { cache } from "react";
import type { NarrativeOwnerIds } from "@/lib/inputs/narrative";
import { listNarrativeSlots, type NarrativeSlot } from "@/lib/narrative/narrative-slots";
import { compareCodes } from "@/lib/calc/finding";
import { type BudgetNodeInput, flattenBudgetInput } from "@/lib/calc/budget";
import { db } from "../db";

export type NarrativeEntry = NarrativeSlot & {
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

type LaporanRef = { id: string; pemdaId: string; opdId: string; year: number };

const byCode = (a: { code: string }, b: { code: string }) => compareCodes(a.code, b.code);

/** The sasaran of the Renstra covering the year, in kode order; read once per request. */
const loadRenstraSasaran = cache(async (pemdaId: string, opdId: string, year: number) => {
  const sasaran = await db.sasaran.findMany({
    where: { pemdaId, tujuan: { periode: { opdId, startYear: { lte: year }, endYear: { gte: year } } } },
    select: { id: true, code: true, text: true },
  });
  return sasaran.map((s) => ({ id: s.id, code: s.code, name: s.text })).sort(byCode);
});

type Owner = { id: string; code: string; name: string };
export type NarrativeOwners = { sasaran: Owner[]; programs: Owner[]; kegiatan: Owner[] };

/** The sasaran of the Renstra covering the year, and the year's programs and kegiatan, in kode order. */
export async function loadNarrativeOwners({ pemdaId, opdId, year }: LaporanRef): Promise<NarrativeOwners> {
  const [sasaran, programs, kegiatan] = await Promise.all([
    loadRenstraSasaran(pemdaId, opdId, year),
    db.program.findMany({ where: { pemdaId, opdId, year }, select: { id: true, code: true, name: true } }),
    db.kegiatan.findMany({ where: { pemdaId, opdId, year }, select: { id: true, code: true, name: true } }),
  ]);
  return { sasaran, programs: programs.sort(byCode), kegiatan: kegiatan.sort(byCode) };
}

/** The same owners when the year's budget tree is read already: only the sasaran come from the database. */
export async function narrativeOwnersOf(
  laporan: LaporanRef,
  budget: BudgetNodeInput,
): Promise<NarrativeOwners> {
  const nodes = flattenBudgetInput(budget);
  const level = (wanted: BudgetNodeInput["level"]) =>
    nodes
      .filter((node) => node.level === wanted)
      .map(({ id, code, name }) => ({ id, code, name }))
      .sort(byCode);
  return {
    sasaran: await loadRenstraSasaran(laporan.pemdaId, laporan.opdId, laporan.year),
    programs: level("PROGRAM"),
    kegiatan: level("KEGIATAN"),
  };
}

const sameOwner = (a: NarrativeOwnerIds, b: NarrativeOwnerIds) =>
  a.sasaranId === b.sasaranId && a.programId === b.programId && a.kegiatanId === b.kegiatanId;

/**
 * The narrative of an OPD-year's LKIP chapter by chapter, one entry per section and owner (per sasaran of
 * the Renstra covering the year, per program of the year), including the texts nobody has written yet.
 */
export async function loadNarratives(
  laporan: LaporanRef,
  ownersRead: Promise<NarrativeOwners> = loadNarrativeOwners(laporan),
): Promise<{ title: string; entries: NarrativeEntry[] }[]> {
  const [stored, owners] = await Promise.all([loadStoredNarratives(laporan.pemdaId, laporan.id), ownersRead]);
  return listNarrativeSlots(owners).map(({ title, slots }) => ({
    title,
    entries: slots.map((slot) => {
      const row = stored.find((n) => n.section === slot.section && sameOwner(n, slot.ids));
      return { ...slot, body: row?.body ?? "", version: row?.version ?? null };
    }),
  }));
}

/**
 * Every narrative text of an LKIP for the checks: each stored text with its title, and each mandatory
 * section still empty (per owner), so an unwritten section is a finding.
 */
export async function loadNarrativeTexts(
  laporan: LaporanRef,
  owners: Promise<NarrativeOwners>,
): Promise<{ title: string; body: string; mandatory: boolean }[]> {
  return (await loadNarratives(laporan, owners))
    .flatMap((chapter) => chapter.entries)
    .filter((entry) => entry.body !== "" || entry.mandatory)
    .map(({ title, body, mandatory }) => ({ title, body, mandatory }));
}
