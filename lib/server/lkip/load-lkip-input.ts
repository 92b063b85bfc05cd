import "server-only";
import { cache } from "react";
import { loadStoredNarratives } from "../narrative/load-narratives";
import { db } from "../db";
import { toDecimal } from "../decimal";
import { getOpdYearEvaluation, type OpdYearRef } from "../opd-year/load-opd-year";
import { loadPerjanjianKinerja } from "../pk/load-perjanjian-kinerja";
import { loadLkipImages, loadPaguPerYear, loadRekeningGroups } from "./load-lkip-profile";
import type { LkipFigureInput } from "@/lib/lkip/lkip-figures";
import type { LkipInput, LkipRenstra } from "@/lib/lkip/lkip-input";

/**
 * The Renstra period covering the year in one read: its tujuan → sasaran → IKU with their targets and
 * realisasi in every year of the period, and its indicative pagu per year. Read once per request: the
 * narrative page reads the figures and, for a planner, the whole input.
 */
const loadPeriode = cache((pemdaId: string, opdId: string, year: number) =>
  db.periode.findFirst({
    where: { pemdaId, opdId, startYear: { lte: year }, endYear: { gte: year } },
    include: {
      paguIndikatif: true,
      tujuan: {
        orderBy: { code: "asc" },
        include: {
          misi: true,
          sasaran: {
            orderBy: { code: "asc" },
            include: {
              indikator: {
                where: { isIku: true },
                orderBy: { position: "asc" },
                include: { targets: true, realisasi: true },
              },
            },
          },
        },
      },
    },
  }),
);

const periodeOf = (ref: OpdYearRef) => loadPeriode(ref.opd.pemdaId, ref.opd.id, ref.year);

/** The Renstra covering the year, each IKU with its targets and realisasi in every year of the period. */
function renstraOf(periode: Awaited<ReturnType<typeof periodeOf>>): LkipRenstra {
  if (!periode) return { periode: null, tujuan: [] };
  const years = Array.from(
    { length: periode.endYear - periode.startYear + 1 },
    (_, i) => periode.startYear + i,
  );
  return {
    periode: { startYear: periode.startYear, endYear: periode.endYear },
    tujuan: periode.tujuan.map((tujuan) => ({
      code: tujuan.code,
      text: tujuan.text,
      misi: tujuan.misi ? `Misi ${tujuan.misi.number}: ${tujuan.misi.text}` : null,
      sasaran: tujuan.sasaran.map((sasaran) => ({
        id: sasaran.id,
        code: sasaran.code,
        text: sasaran.text,
        iku: sasaran.indikator.map((iku) => ({
          id: iku.id,
          name: iku.name,
          satuan: iku.satuan,
          polarity: iku.polarity,
          calculation: iku.calculation,
          aggregation: iku.aggregation,
          kondisiAwal: toDecimal(iku.kondisiAwal),
          years: years.map((year) => {
            const target = iku.targets.find((t) => t.year === year);
            const realisasi = iku.realisasi.filter((r) => r.year === year);
            const standar = target ? toDecimal(target.standarNasional) : null;
            return {
              year,
              target: {
                value: target ? toDecimal(target.target) : null,
                upper: target ? toDecimal(target.targetUpper) : null,
                perubahan: target ? toDecimal(target.targetPerubahan) : null,
                upperPerubahan: target ? toDecimal(target.targetUpperPerubahan) : null,
              },
              targetRenstra: target ? toDecimal(target.targetRenstra) : null,
              targetText: target?.targetText ?? null,
              realisasiText: realisasi.find((r) => r.text)?.text ?? null,
              standarNasional: standar && { value: standar, source: target?.standarNasionalSource ?? null },
              realisasi: realisasi.map((r) => ({
                period: r.period,
                value: toDecimal(r.value),
                numerator: toDecimal(r.numerator),
                denominator: toDecimal(r.denominator),
              })),
            };
          }),
        })),
      })),
    })),
  };
}

export type LkipGeneration = {
  status: LkipInput["status"];
  verification: LkipInput["verification"];
  finalNote: string | null;
};

/** What the LKIP's figure tokens print (lkipFigures), for the OPD-year already authorised by the caller. */
export async function loadLkipFigureInput(ref: OpdYearRef): Promise<LkipFigureInput> {
  const [evaluation, renstra] = await Promise.all([
    getOpdYearEvaluation(ref, 4),
    periodeOf(ref).then(renstraOf),
  ]);
  return { evaluation, renstra, year: ref.year, opd: { name: ref.opd.name } };
}

/** Everything the LKIP of an OPD-year is assembled from, for the OPD-year already authorised by the caller. */
export async function loadLkipInput(ref: OpdYearRef, generation: LkipGeneration): Promise<LkipInput> {
  const { opd, year, laporan } = ref;
  const scope = { pemdaId: opd.pemdaId, opdId: opd.id };
  const key = { ...scope, year };
  // Read once and handed to each part that needs it: a route handler has no per-request cache.
  const evaluationRead = getOpdYearEvaluation(ref, 4);
  const periode = periodeOf(ref);
  const [
    evaluation,
    renstra,
    opdRow,
    programs,
    pk,
    narratives,
    laporanRow,
    pemda,
    rpjmd,
    dayaDukung,
    paguPerYear,
    images,
    rekeningGroups,
  ] = await Promise.all([
    evaluationRead,
    periode.then(renstraOf),
    db.perangkatDaerah.findFirstOrThrow({
      where: { id: opd.id, pemdaId: opd.pemdaId },
      include: { bidang: { orderBy: { name: "asc" } } },
    }),
    db.program.findMany({
      where: { ...scope, year },
      select: {
        id: true,
        code: true,
        sasaranProgram: true,
        bidang: { select: { name: true } },
        sasaran: { select: { code: true } },
      },
    }),
    loadPerjanjianKinerja(ref, evaluationRead),
    loadStoredNarratives(opd.pemdaId, laporan.id),
    db.laporanKinerja.findFirstOrThrow({
      where: { id: laporan.id, pemdaId: opd.pemdaId },
      select: { illustrative: true, signingPlace: true, signingDate: true },
    }),
    db.pemda.findUniqueOrThrow({ where: { id: opd.pemdaId }, select: { headName: true, headTitle: true } }),
    db.rpjmd.findFirst({
      where: { pemdaId: opd.pemdaId, startYear: { lte: year }, endYear: { gte: year } },
      include: { misi: { orderBy: { number: "asc" } } },
    }),
    db.dayaDukung.findMany({ where: { ...scope, year }, orderBy: [{ kind: "asc" }, { position: "asc" }] }),
    periode.then((row) => loadPaguPerYear(key, row)),
    loadLkipImages(key),
    loadRekeningGroups(key),
  ]);
  // The secretariat heads the organisation; the bidang follow by name.
  const bidang = opdRow.bidang
    .map((b) => b.name)
    .sort(
      (a, b) =>
        Number(b.startsWith("Sekretariat")) - Number(a.startsWith("Sekretariat")) || a.localeCompare(b),
    );
  return {
    pemda: {
      name: opd.pemdaName,
      logo: images.logo,
      head: { name: pemda.headName, title: pemda.headTitle },
      visi: rpjmd?.visi ?? null,
      misi: rpjmd?.misi.map((m) => ({ number: m.number, text: m.text })) ?? [],
    },
    opd: { slug: opd.slug, name: opd.name, shortName: opdRow.shortName, address: opdRow.address },
    year,
    signing: { place: laporanRow.signingPlace, date: laporanRow.signingDate },
    organisation: {
      dayaDukung: dayaDukung.map((row) => ({ kind: row.kind, label: row.label, jumlah: row.jumlah })),
      paguPerYear,
      strukturOrganisasi: images.strukturOrganisasi,
    },
    illustrative: laporanRow.illustrative,
    status: generation.status,
    evaluation,
    renstra,
    programs: programs.map((p) => ({
      id: p.id,
      code: p.code,
      sasaranProgram: p.sasaranProgram,
      bidang: p.bidang?.name ?? null,
      sasaranCode: p.sasaran?.code ?? null,
    })),
    bidang,
    perjanjianKinerja: pk,
    narratives: narratives.map((n) => ({
      section: n.section,
      sasaranId: n.sasaranId,
      programId: n.programId,
      kegiatanId: n.kegiatanId,
      body: n.body,
    })),
    documentation: images.documentation,
    lampiran: images.lampiran,
    rekeningGroups,
    finalNote: generation.finalNote,
    verification: generation.verification,
  };
}
