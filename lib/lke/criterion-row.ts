import type { LkeScale } from "@/lib/generated/prisma/enums";
import type { LkeProposal } from "./proposals";

/** One LKE criterion of an OPD-year as its page shows it: its answer and score, and the system's proposal. */
export type LkeCriterionRow = {
  id: string;
  code: string;
  text: string;
  scale: LkeScale;
  /** The row of this OPD-year (null: neither answered nor scored yet). */
  jawaban: {
    answer: string | null;
    explanation: string;
    score: string | null;
    scoreNote: string;
    version: number;
  } | null;
  proposal: LkeProposal | null;
};
