import {
  describeTypedFigure,
  fillFigureTokens,
  findTypedFigures,
  isHistoryToken,
  matchesFigure,
  type NarrativeFigures,
} from "./figure-tokens";
import type { Finding } from "./finding";

export type NarrativeCheckInput = { title: string; body: string };

/**
 * A narrative must not contradict the figures: a percentage or rupiah amount typed by hand that equals
 * no figure of the OPD-year, and a token the system does not know, are warnings.
 */
export function checkNarratives({
  narratives,
  figures,
}: {
  narratives: readonly NarrativeCheckInput[];
  figures: NarrativeFigures;
}): Finding[] {
  return narratives.flatMap(({ title, body }) => {
    const location = { level: "OPD" as const, code: "", name: `Narasi ${title}` };
    const unknown = fillFigureTokens(body, figures.tokens)
      .unknown.filter((token) => !(figures.withoutHistory && isHistoryToken(token)))
      .map((token): Finding => ({
        code: "NARASI_TOKEN_TIDAK_DIKENAL",
        severity: "WARNING",
        location,
        message: `Narasi ${title} memakai ${token}, yang tidak dikenal; teks dicetak apa adanya`,
      }));
    const mismatched = findTypedFigures(body)
      .filter((figure) => !matchesFigure(figure, figures))
      .map((figure): Finding => ({
        code: "NARASI_ANGKA_TIDAK_COCOK",
        severity: "WARNING",
        location,
        message:
          `Narasi ${title} menyebut ${describeTypedFigure(figure)}, yang tidak sama dengan angka terhitung ` +
          `mana pun; ${figure.kind === "PERCENT" ? figures.reference.percent : figures.reference.amount}`,
      }));
    return [...unknown, ...mismatched];
  });
}
