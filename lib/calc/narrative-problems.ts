import Decimal from "decimal.js";
import {
  fillFigureTokens,
  findTypedFigures,
  isKnownToken,
  type NarrativeFigures,
  type TypedFigure,
} from "./figure-tokens";

type Kind = TypedFigure["kind"];
type TokenFigure = { token: string; figure: TypedFigure };

/**
 * The tokens whose printed value is one figure of a kind ("98,11 %", "Rp 626.197.152"), in ascending order
 * of it (tokens of equal figures in the map's order). Worked out once per map: the editor asks on every
 * keystroke.
 */
const tokenFigureCache = new WeakMap<ReadonlyMap<string, string>, Record<Kind, TokenFigure[]>>();

function tokenFigures(tokens: ReadonlyMap<string, string>, kind: Kind): TokenFigure[] {
  let byKind = tokenFigureCache.get(tokens);
  if (!byKind) {
    byKind = { PERCENT: [], RUPIAH: [] };
    for (const [name, value] of tokens) {
      const parsed = findTypedFigures(value);
      if (parsed.length === 1 && parsed[0]!.typed === value)
        byKind[parsed[0]!.kind].push({ token: `{${name}}`, figure: parsed[0]! });
    }
    for (const list of Object.values(byKind)) list.sort((a, b) => a.figure.value.comparedTo(b.figure.value));
    tokenFigureCache.set(tokens, byKind);
  }
  return byKind[kind];
}

const rounded = (value: Decimal, decimals: number) =>
  value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toString();

/**
 * Every figure of a kind of the OPD-year, rounded to a number of decimals: those the engine computed
 * (`percents`, `amounts`) and those a token prints. Built once per figures and precision.
 */
const roundedCache = new WeakMap<NarrativeFigures, Map<string, ReadonlySet<string>>>();

function roundedFigures(figures: NarrativeFigures, kind: Kind, decimals: number): ReadonlySet<string> {
  let byPrecision = roundedCache.get(figures);
  if (!byPrecision) roundedCache.set(figures, (byPrecision = new Map()));
  const key = `${kind}:${decimals}`;
  let found = byPrecision.get(key);
  if (!found) {
    const computed = kind === "PERCENT" ? figures.percents : figures.amounts;
    const printed = tokenFigures(figures.tokens, kind).map(({ figure }) => figure.value);
    found = new Set([...computed, ...printed].map((value) => rounded(value, decimals)));
    byPrecision.set(key, found);
  }
  return found;
}

/**
 * Whether a typed figure equals one of the OPD-year's, at the precision it was typed with (rounded half
 * up): any figure of its kind the engine computed (`percents`, `amounts`) or any a token prints.
 */
export function matchesFigure(figure: TypedFigure, figures: NarrativeFigures): boolean {
  return roundedFigures(figures, figure.kind, figure.decimals).has(rounded(figure.value, figure.decimals));
}

/**
 * The token whose printed figure of the same kind is nearest to a typed one, if any; of two as near, the
 * smaller figure, and of tokens printing the same figure, the first.
 */
export function nearestToken(
  figure: TypedFigure,
  tokens: ReadonlyMap<string, string>,
): { token: string; value: string } | null {
  const sorted = tokenFigures(tokens, figure.kind);
  if (sorted.length === 0) return null;
  // The first token whose figure is not below the typed one (binary search).
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.figure.value.lessThan(figure.value)) low = middle + 1;
    else high = middle;
  }
  const above = sorted[low];
  let below = low > 0 ? low - 1 : null;
  while (below !== null && below > 0 && sorted[below - 1]!.figure.value.equals(sorted[below]!.figure.value))
    below--;
  const distance = (candidate: TokenFigure) => candidate.figure.value.minus(figure.value).abs();
  const nearest =
    below === null
      ? above!
      : !above || distance(sorted[below]!).lessThanOrEqualTo(distance(above))
        ? sorted[below]!
        : above;
  return { token: nearest.token, value: nearest.figure.typed };
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
