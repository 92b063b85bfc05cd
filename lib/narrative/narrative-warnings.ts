import { describeTypedFigure, type NarrativeFigures } from "@/lib/calc/figure-tokens";
import { findNarrativeProblems, nearestToken } from "@/lib/calc/narrative-problems";
import { unknownTokenMessage } from "@/lib/inputs/narrative";

/**
 * What the narrative editor tells the planner while the text is typed, in order: a token the system does
 * not know (the save is refused), a token without a figure this year, and a percentage or rupiah amount
 * typed by hand that equals no figure of the year (findNarrativeProblems), with the token whose figure is
 * nearest. The same problems are the integrity check's findings once the text is saved.
 */
export function narrativeWarnings(body: string, figures: NarrativeFigures): string[] {
  return findNarrativeProblems(body, figures).map((problem) => {
    switch (problem.kind) {
      case "UNKNOWN_TOKEN":
        return unknownTokenMessage([problem.token]);
      case "TOKEN_WITHOUT_FIGURE":
        return (
          `Token ${problem.token} belum punya angka tahun ini (kodenya tidak ada, atau datanya belum diisi); ` +
          "sampai ada, token tercetak apa adanya."
        );
      case "TYPED_FIGURE": {
        const nearest = nearestToken(problem.figure, figures.tokens);
        return (
          `Angka ${describeTypedFigure(problem.figure)} tidak cocok dengan angka hasil hitung mana pun; ` +
          (nearest
            ? `gunakan token: yang terdekat ${nearest.token} (kini ${nearest.value}), atau pilih dari daftar token.`
            : "gunakan token dari daftar token.")
        );
      }
    }
  });
}
