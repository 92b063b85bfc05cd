import Decimal from "decimal.js";
import type { LkeScale } from "@/lib/generated/prisma/enums";

/** The sub components of every LKE component and their share of its weight (PermenPAN-RB 88/2021). */
export const lkeSubKomponen = [
  { key: "a", name: "Keberadaan", share: new Decimal("0.2") },
  { key: "b", name: "Kualitas", share: new Decimal("0.3") },
  { key: "c", name: "Pemanfaatan", share: new Decimal("0.5") },
] as const;
export type LkeSubKey = (typeof lkeSubKomponen)[number]["key"];

/** The answers of each scale and what each is worth (a share of the criterion's full value). */
export const lkeAnswerValues: Record<LkeScale, Record<string, Decimal>> = {
  YA_TIDAK: { Y: new Decimal(1), T: new Decimal(0) },
  A_E: {
    A: new Decimal(1),
    B: new Decimal("0.75"),
    C: new Decimal("0.5"),
    D: new Decimal("0.25"),
    E: new Decimal(0),
  },
};

export const lkeAnswersOf = (scale: LkeScale) => Object.keys(lkeAnswerValues[scale]);

/** "1.a.3" → component 1, sub component "a"; null for a code of another shape. */
export function parseLkeCode(code: string): { component: number; sub: LkeSubKey; index: number } | null {
  const match = /^([1-9])\.([abc])\.([1-9][0-9]?)$/.exec(code);
  return match ? { component: Number(match[1]), sub: match[2] as LkeSubKey, index: Number(match[3]) } : null;
}

export type LkeCriterion = { code: string; scale: LkeScale; active: boolean };
export type LkeKomponenWeight = { number: number; name: string; weight: Decimal };
/** The OPD's answer and the evaluator's score of one criterion (null: not given yet). */
export type LkeMarks = { answer: string | null; score: string | null };

export type LkeSubResult = {
  key: LkeSubKey;
  name: string;
  /** The most this sub component can give: component weight × share. */
  weight: Decimal;
  criteria: number;
  answered: number;
  scored: number;
  /** From the OPD's own answers (self-assessment) and from the evaluator's scores. */
  selfScore: Decimal;
  score: Decimal;
};
export type LkeKomponenResult = {
  number: number;
  name: string;
  weight: Decimal;
  subs: LkeSubResult[];
  selfScore: Decimal;
  score: Decimal;
};
export type LkeResult = {
  komponen: LkeKomponenResult[];
  /** The components' weights added up (100 with the regulation's). */
  weight: Decimal;
  criteria: number;
  answered: number;
  scored: number;
  /** Totals rounded to two decimals, as printed: the predikat is the one of the printed number. */
  selfTotal: Decimal;
  total: Decimal;
  selfPredikat: string;
  predikat: string;
};

const valueOf = (scale: LkeScale, mark: string | null) =>
  (mark !== null ? lkeAnswerValues[scale][mark] : undefined) ?? null;

/**
 * The LKE's scores: each sub component gives its weight × the mean value of its active criteria (a
 * criterion not answered or not scored counts 0), a component the sum of its three, the total the sum of
 * the components. Computed twice: from the OPD's answers and from the evaluator's scores.
 */
export function scoreLke(
  komponen: readonly LkeKomponenWeight[],
  criteria: readonly LkeCriterion[],
  marks: ReadonlyMap<string, LkeMarks>,
): LkeResult {
  const active = criteria.filter((criterion) => criterion.active);
  const results = [...komponen]
    .sort((a, b) => a.number - b.number)
    .map((k): LkeKomponenResult => {
      const subs = lkeSubKomponen.map((sub): LkeSubResult => {
        const own = active.filter((c) => {
          const parsed = parseLkeCode(c.code);
          return parsed?.component === k.number && parsed.sub === sub.key;
        });
        const weight = k.weight.times(sub.share);
        const sum = (pick: (m: LkeMarks) => string | null) =>
          own.reduce(
            (total, c) => total.plus(valueOf(c.scale, pick(marks.get(c.code) ?? empty)) ?? 0),
            new Decimal(0),
          );
        const part = (pick: (m: LkeMarks) => string | null) =>
          own.length === 0 ? new Decimal(0) : weight.times(sum(pick)).dividedBy(own.length);
        const count = (pick: (m: LkeMarks) => string | null) =>
          own.filter((c) => valueOf(c.scale, pick(marks.get(c.code) ?? empty)) !== null).length;
        return {
          key: sub.key,
          name: sub.name,
          weight,
          criteria: own.length,
          answered: count((m) => m.answer),
          scored: count((m) => m.score),
          selfScore: part((m) => m.answer),
          score: part((m) => m.score),
        };
      });
      return {
        number: k.number,
        name: k.name,
        weight: k.weight,
        subs,
        selfScore: sumOf(subs.map((s) => s.selfScore)),
        score: sumOf(subs.map((s) => s.score)),
      };
    });
  const subs = results.flatMap((k) => k.subs);
  const selfTotal = sumOf(results.map((k) => k.selfScore)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const total = sumOf(results.map((k) => k.score)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return {
    komponen: results,
    weight: sumOf(results.map((k) => k.weight)),
    criteria: sumCount(subs.map((s) => s.criteria)),
    answered: sumCount(subs.map((s) => s.answered)),
    scored: sumCount(subs.map((s) => s.scored)),
    selfTotal,
    total,
    selfPredikat: lkePredikat(selfTotal),
    predikat: lkePredikat(total),
  };
}

const empty: LkeMarks = { answer: null, score: null };
const sumOf = (values: readonly Decimal[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));
const sumCount = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The predikat of an LKE total (PermenPAN-RB 88/2021): AA > 90, A > 80–90, BB > 70–80, B > 60–70,
 * CC > 50–60, C > 30–50, D 0–30. Each lower bound is exclusive: 90 is A, 90,01 is AA.
 */
const predikatBands = [
  { above: 90, label: "AA" },
  { above: 80, label: "A" },
  { above: 70, label: "BB" },
  { above: 60, label: "B" },
  { above: 50, label: "CC" },
  { above: 30, label: "C" },
] as const;

export function lkePredikat(total: Decimal): string {
  return predikatBands.find((band) => total.greaterThan(band.above))?.label ?? "D";
}
