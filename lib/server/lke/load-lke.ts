import "server-only";
import Decimal from "decimal.js";
import { entryDeadline } from "@/lib/calc/deadline";
import type { LkeCriterionRow } from "@/lib/lke/criterion-row";
import { lkipDeadline, proposeLkeAnswers, type LkeProposal } from "@/lib/lke/proposals";
import { parseLkeCode, scoreLke, type LkeMarks, type LkeResult } from "@/lib/lke/score";
import { db } from "../db";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { loadCalcSettings } from "../settings/load-calc-settings";
import { currentTime } from "../clock";

export type LkeView = {
  laporanId: string;
  komponen: { number: number; name: string }[];
  criteria: LkeCriterionRow[];
  result: LkeResult;
};

/** The region's LKE reference: its components' weights and its criteria in code order. */
export async function loadLkeReference(pemdaId: string) {
  const [komponen, criteria] = await Promise.all([
    db.lkeKomponen.findMany({ where: { pemdaId }, orderBy: { number: "asc" } }),
    db.lkeKriteria.findMany({ where: { pemdaId } }),
  ]);
  return {
    komponen: komponen.map((k) => ({
      number: k.number,
      name: k.name,
      weight: new Decimal(k.weight.toString()),
    })),
    criteria: criteria.sort((a, b) => compareCodes(a.code, b.code)),
  };
}

const compareCodes = (a: string, b: string) => {
  const x = parseLkeCode(a);
  const y = parseLkeCode(b);
  if (!x || !y) return a.localeCompare(b);
  return x.component - y.component || x.sub.localeCompare(y.sub) || x.index - y.index;
};

/** The marks of each OPD-year of a region, keyed by opdId and criterion code. */
export async function loadLkeMarks(pemdaId: string, year: number, opdIds: readonly string[]) {
  const rows = await db.lkeJawaban.findMany({
    where: { pemdaId, year, opdId: { in: [...opdIds] } },
    include: { kriteria: { select: { code: true } } },
  });
  const byOpd = new Map<string, Map<string, LkeMarks>>();
  for (const row of rows) {
    const marks = byOpd.get(row.opdId) ?? new Map<string, LkeMarks>();
    marks.set(row.kriteria.code, { answer: row.answer, score: row.score });
    byOpd.set(row.opdId, marks);
  }
  return byOpd;
}

/** What the system knows that answers a criterion: Renstra IKU, the PK, realisasi per quarter, the LKIP. */
async function loadProposals(context: OpdYearContext): Promise<LkeProposal[]> {
  const { opd, year, laporan } = context;
  const pemdaId = opd.pemdaId;
  const ofOpdYear = { pemdaId, opdId: opd.id, year };
  const [ikuCount, pk, indicatorEntries, budgetEntries, rekeningEntries, finalMove, revision, settings] =
    await Promise.all([
      db.indikator.count({
        where: {
          pemdaId,
          isIku: true,
          sasaran: {
            tujuan: { periode: { opdId: opd.id, startYear: { lte: year }, endYear: { gte: year } } },
          },
        },
      }),
      db.perjanjianKinerja.findFirst({ where: ofOpdYear, select: { signedAt: true } }),
      db.realisasiIndikator.groupBy({
        by: ["period"],
        where: {
          pemdaId,
          year,
          OR: [
            { indikator: { program: { opdId: opd.id, year } } },
            { indikator: { kegiatan: { opdId: opd.id, year } } },
            { indikator: { subKegiatan: { opdId: opd.id, year } } },
            {
              indikator: {
                sasaran: {
                  tujuan: { periode: { opdId: opd.id, startYear: { lte: year }, endYear: { gte: year } } },
                },
              },
            },
          ],
        },
        _max: { updatedAt: true },
      }),
      db.realisasiAnggaran.groupBy({
        by: ["period"],
        where: { pemdaId, subKegiatan: ofOpdYear },
        _max: { updatedAt: true },
      }),
      db.realisasiAnggaran.groupBy({
        by: ["period"],
        where: { pemdaId, rekeningBelanja: { subKegiatan: ofOpdYear } },
        _max: { updatedAt: true },
      }),
      db.statusTransition.findFirst({
        where: { pemdaId, laporanId: laporan.id, toStatus: "FINAL" },
        orderBy: { createdAt: "asc" },
      }),
      db.lkipRevision.findFirst({
        where: { pemdaId, laporanId: laporan.id },
        orderBy: { revision: "desc" },
        select: { code: true },
      }),
      loadCalcSettings(pemdaId),
    ]);
  const lastEntry = (period: string) =>
    [...indicatorEntries, ...budgetEntries, ...rekeningEntries]
      .filter((entry) => entry.period === period)
      .map((entry) => entry._max.updatedAt)
      .filter((at): at is Date => at !== null)
      .reduce<Date | null>((latest, at) => (latest && latest > at ? latest : at), null);
  return proposeLkeAnswers({
    slug: opd.slug,
    year,
    now: currentTime().now,
    ikuCount,
    pkSignedAt: pk?.signedAt ?? null,
    quarters: ([1, 2, 3, 4] as const).map((quarter) => ({
      quarter,
      lastEntryAt: lastEntry(`TW${quarter}`),
      deadline: entryDeadline({ year, quarter, days: settings.entryDeadlineDays }),
    })),
    lkip: {
      finalAt: finalMove?.createdAt ?? null,
      deadline: lkipDeadline(year),
      verificationCode: revision?.code ?? null,
    },
  });
}

/** The LKE of an OPD-year the principal sees (the context is already scoped): criteria, marks, scores. */
export async function loadLke(context: OpdYearContext): Promise<LkeView> {
  const { opd, year, laporan } = context;
  const [reference, rows, proposals] = await Promise.all([
    loadLkeReference(opd.pemdaId),
    db.lkeJawaban.findMany({ where: { pemdaId: opd.pemdaId, opdId: opd.id, year } }),
    loadProposals(context),
  ]);
  const byKriteria = new Map(rows.map((row) => [row.kriteriaId, row]));
  const proposalOf = new Map(proposals.map((p) => [p.code, p]));
  const active = reference.criteria.filter((c) => c.active);
  const marks = new Map(
    active.map((c) => {
      const row = byKriteria.get(c.id);
      return [c.code, { answer: row?.answer ?? null, score: row?.score ?? null }];
    }),
  );
  return {
    laporanId: laporan.id,
    komponen: reference.komponen.map(({ number, name }) => ({ number, name })),
    criteria: active.map((c) => {
      const row = byKriteria.get(c.id);
      return {
        id: c.id,
        code: c.code,
        text: c.text,
        scale: c.scale,
        jawaban: row
          ? {
              answer: row.answer,
              explanation: row.explanation,
              score: row.score,
              scoreNote: row.scoreNote,
              version: row.version,
            }
          : null,
        proposal: proposalOf.get(c.code) ?? null,
      };
    }),
    result: scoreLke(reference.komponen, active, marks),
  };
}
