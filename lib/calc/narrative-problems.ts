import Decimal from "decimal.js";
import {
  fillFigureTokens,
  findTypedFigures,
  isKnownToken,
  type NarrativeFigures,
  type TypedFigure,
} from "./figure-tokens";

/** The tokens whose printed value is one percentage or rupiah amount ("98,11 %", "Rp 626.197.152"). */
const tokenFigureCache = new WeakMap<ReadonlyMap<string, string>, { token: string; figure: TypedFigure }[]>();

function tokenFigures(tokens: ReadonlyMap<string, string>): { token: string; figure: TypedFigure }[] {
  const cached = tokenFigureCache.get(tokens);
  if (cached) return cached;
  const found = [...tokens].flatMap(([name, value]) => {
    const parsed = findTypedFigures(value);
    return parsed.length === 1 && parsed[0]!.typed === value
      ? [{ token: `{${name}}`, figure: parsed[0]! }]
      : [];
  });
  tokenFigureCache.set(tokens, found);
  return found;
}

const sameAtTypedPrecision = (figure: TypedFigure, value: Decimal) =>
  value
    .toDecimalPlaces(figure.decimals, Decimal.ROUND_HALF_UP)
    .equals(figure.value.toDecimalPlaces(figure.decimals, Decimal.ROUND_HALF_UP));

/**
 * Whether a typed figure equals one of the OPD-year's, at the precision it was typed with: any figure of
 * its kind the engine computed (`percents`, `amounts`) or any a token prints.
 */
export function matchesFigure(figure: TypedFigure, figures: NarrativeFigures): boolean {
  const pool = figure.kind === "PERCENT" ? figures.percents : figures.amounts;
  return (
    pool.some((value) => sameAtTypedPrecision(figure, value)) ||
    tokenFigures(figures.tokens).some(
      (token) => token.figure.kind === figure.kind && sameAtTypedPrecision(figure, token.figure.value),
    )
  );
}

/** The token whose printed figure of the same kind is nearest to a typed one (the first of equals), if any. */
export function nearestToken(
  figure: TypedFigure,
  tokens: ReadonlyMap<string, string>,
): { token: string; value: string } | null {
  let nearest: { token: string; figure: TypedFigure; distance: Decimal } | null = null;
  for (const candidate of tokenFigures(tokens)) {
    if (candidate.figure.kind !== figure.kind) continue;
    const distance = candidate.figure.value.minus(figure.value).abs();
    if (!nearest || distance.lessThan(nearest.distance)) nearest = { ...candidate, distance };
  }
  return nearest && { token: nearest.token, value: nearest.figure.typed };
}

/** What in a narrative prints wrong or contradicts the figures, each token once, in order of appearance. */
export type NarrativeProblem =
  /** A name the system never fills ("{token_salah}"): printed as typed, always. */
  | { kind: "UNKNOWN_TOKEN"; token: string }
  /** A known name without a figure this year ("{pagu:9.99}", a realisasi not entered): printed as typed. */
  | { kind: "TOKEN_WITHOUT_FIGURE"; token: string }
  /** A percentage or rupiah amount typed by hand that equals no figure of the year. */
  | { kind: "TYPED_FIGURE"; figure: TypedFigure };

export function findNarrativeProblems(body: string, figures: NarrativeFigures): NarrativeProblem[] {
  const tokens = [...new Set(fillFigureTokens(body, figures.tokens).unknown)].map(
    (token): NarrativeProblem =>
      isKnownToken(token) ? { kind: "TOKEN_WITHOUT_FIGURE", token } : { kind: "UNKNOWN_TOKEN", token },
  );
  const typed = findTypedFigures(body)
    .filter((figure) => !matchesFigure(figure, figures))
    .map((figure): NarrativeProblem => ({ kind: "TYPED_FIGURE", figure }));
  return [...tokens, ...typed];
}
