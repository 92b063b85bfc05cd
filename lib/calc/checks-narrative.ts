import { describeTypedFigure, isHistoryToken, type NarrativeFigures } from "./figure-tokens";
import { findNarrativeProblems } from "./narrative-problems";
import type { Finding } from "./finding";

/** A section's text for one owner; `mandatory`: the catalog requires it in a FINAL report. */
export type NarrativeCheckInput = { title: string; body: string; mandatory: boolean };

/**
 * A narrative must not contradict the figures: a percentage or rupiah amount typed by hand that equals
 * no figure of the OPD-year, and a token the system does not know or has no figure for, are warnings
 * (findNarrativeProblems, the rule the narrative editor shows while the text is typed). A mandatory section
 * left empty is an error: FINAL over it needs the written reason, like any open error.
 */
export function checkNarratives({
  narratives,
  figures,
}: {
  narratives: readonly NarrativeCheckInput[];
  figures: NarrativeFigures;
}): Finding[] {
  return narratives.flatMap(({ title, body, mandatory }) => {
    const location = { level: "OPD" as const, code: "", name: `Narasi ${title}` };
    if (body.trim() === "") {
      return mandatory
        ? [
            {
              code: "NARASI_WAJIB_KOSONG",
              severity: "ERROR",
              location,
              message: `Narasi ${title} wajib ada dalam laporan dan belum ditulis`,
            } satisfies Finding,
          ]
        : [];
    }
    return findNarrativeProblems(body, figures).flatMap((problem): Finding[] => {
      if (problem.kind === "TYPED_FIGURE") {
        const { figure } = problem;
        const reference = figure.kind === "PERCENT" ? figures.reference.percent : figures.reference.amount;
        return [
          {
            code: "NARASI_ANGKA_TIDAK_COCOK",
            severity: "WARNING",
            location,
            message:
              `Narasi ${title} menyebut ${describeTypedFigure(figure)}, yang tidak sama dengan angka ` +
              `terhitung mana pun; ${reference}`,
          },
        ];
      }
      if (figures.withoutHistory && isHistoryToken(problem.token)) return [];
      return [
        {
          code: "NARASI_TOKEN_TIDAK_DIKENAL",
          severity: "WARNING",
          location,
          message:
            `Narasi ${title} memakai ${problem.token}, yang ` +
            `${problem.kind === "UNKNOWN_TOKEN" ? "tidak dikenal" : "tidak punya angka tahun ini"}; teks dicetak apa adanya`,
        },
      ];
    });
  });
}
