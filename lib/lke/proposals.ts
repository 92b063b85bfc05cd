import { daysLate } from "@/lib/calc/deadline";
import type { Quarter } from "@/lib/calc/period";
import { formatDateLong } from "@/lib/format";

/**
 * What the system itself knows about an OPD-year that answers an LKE criterion. `now` decides whether a
 * deadline has passed (a quarter still open, or an LKIP not yet due, proposes nothing).
 */
export type LkeFacts = {
  slug: string;
  year: number;
  now: Date;
  /** IKU in the Renstra covering the year (0: a Renstra without IKU or none at all). */
  ikuCount: number;
  /** The Perjanjian Kinerja's signature (null: not signed or no PK). */
  pkSignedAt: Date | null;
  /** Per triwulan: the last time realisasi of it was saved, and its batas pengisian. */
  quarters: readonly { quarter: Quarter; lastEntryAt: Date | null; deadline: Date }[];
  lkip: { finalAt: Date | null; deadline: Date; verificationCode: string | null };
};

export type LkeEvidence = { label: string; href: string };
export type LkeProposal = { code: string; answer: string; reason: string; evidence: LkeEvidence[] };

/** The LKIP is due two months after the year ends (Perpres 29/2014: the OPD's report to the head). */
export function lkipDeadline(year: number): Date {
  return new Date(Date.UTC(year + 1, 2, 0, 12));
}

const onTime = (at: Date, deadline: Date) => daysLate({ deadline, now: at }) === 0;
const aToE = ["E", "D", "C", "B", "A"] as const;

/** The answers the system proposes, by criterion code of PermenPAN-RB 88/2021 (lib/lke/criteria-88-2021). */
export function proposeLkeAnswers(facts: LkeFacts): LkeProposal[] {
  const base = `/opd/${facts.slug}/${facts.year}`;
  const proposals: LkeProposal[] = [
    {
      code: "1.a.3",
      answer: facts.ikuCount > 0 ? "Y" : "T",
      reason:
        facts.ikuCount > 0
          ? `Renstra yang mencakup tahun ${facts.year} memuat ${facts.ikuCount} IKU.`
          : `Belum ada Renstra dengan IKU yang mencakup tahun ${facts.year}.`,
      evidence: [{ label: "Renstra dan indikator", href: `${base}/indikator` }],
    },
    {
      code: "1.a.4",
      answer: facts.pkSignedAt ? "Y" : "T",
      reason: facts.pkSignedAt
        ? `Perjanjian Kinerja ${facts.year} ditandatangani pada ${formatDateLong(facts.pkSignedAt)}.`
        : `Perjanjian Kinerja ${facts.year} belum ditandatangani.`,
      evidence: [{ label: "Perjanjian Kinerja", href: `${base}/perjanjian-kinerja` }],
    },
  ];

  if (facts.quarters.every((q) => daysLate({ deadline: q.deadline, now: facts.now }) > 0)) {
    const timely = facts.quarters.filter((q) => q.lastEntryAt && onTime(q.lastEntryAt, q.deadline));
    const late = facts.quarters.filter((q) => !timely.includes(q)).map((q) => `TW ${roman[q.quarter]}`);
    proposals.push({
      code: "2.b.4",
      answer: aToE[timely.length] ?? "A",
      reason:
        late.length === 0
          ? "Realisasi keempat triwulan diisi sebelum batas pengisiannya."
          : `Realisasi ${timely.length} dari 4 triwulan diisi tepat waktu; terlambat atau belum diisi: ${late.join(", ")}.`,
      evidence: facts.quarters.map((q) => ({
        label: `Realisasi TW ${roman[q.quarter]}`,
        href: `${base}/realisasi/${q.quarter}`,
      })),
    });
  }

  const { finalAt, deadline, verificationCode } = facts.lkip;
  const due = formatDateLong(deadline);
  if (finalAt || daysLate({ deadline, now: facts.now }) > 0) {
    const timely = finalAt !== null && onTime(finalAt, deadline);
    proposals.push({
      code: "3.a.6",
      answer: timely ? "Y" : "T",
      reason: finalAt
        ? `LKIP ${facts.year} final pada ${formatDateLong(finalAt)}; batas waktunya ${due}.`
        : `LKIP ${facts.year} belum final, padahal batas waktunya ${due}.`,
      evidence: verificationCode
        ? [{ label: "Verifikasi LKIP final", href: `/verifikasi/${verificationCode}` }]
        : [{ label: "LKIP", href: `${base}/lkip` }],
    });
  }
  return proposals;
}

const roman = { 1: "I", 2: "II", 3: "III", 4: "IV" } as const;
