import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import type { LkeScale } from "@/lib/generated/prisma/enums";
import { lkeAnswerValues, type LkeResult } from "@/lib/lke/score";
import { lkeAnswerLabel } from "@/lib/vocabulary";
import { addNotes, illustrativeNote, type OutCell, writeSheet } from "./sheet-writer";

export type LkeSheetCriterion = {
  code: string;
  text: string;
  scale: LkeScale;
  jawaban: { answer: string | null; explanation: string; score: string | null; scoreNote: string } | null;
};

const scaleLabel: Record<LkeScale, string> = { YA_TIDAK: "Y/T", A_E: "A–E" };
const score = (value: Decimal): OutCell => ({ number: value.toDecimalPlaces(2), format: "figure" });
const markCells = (scale: LkeScale, mark: string | null | undefined): OutCell[] =>
  mark
    ? [lkeAnswerLabel[mark] ?? mark, { number: lkeAnswerValues[scale][mark]!, format: "figure" }]
    : [null, null];

/**
 * The LKE of an OPD-year as a workbook: "Nilai" with each component's and sub component's weight, self
 * score and evaluator score, the total and the predikat; "Kriteria" with every criterion's answer and score
 * (as the letter and as its value) and their explanations. Figures are numbers.
 */
export function buildLkeWorkbook(args: {
  title: string;
  result: LkeResult;
  criteria: readonly LkeSheetCriterion[];
  illustrative: boolean;
}): ExcelJS.Workbook {
  const { result } = args;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SAKIP";
  addNotes(workbook, args.illustrative ? [illustrativeNote] : []);
  const scores: OutCell[][] = result.komponen.flatMap((k) => [
    [String(k.number), k.name, score(k.weight), score(k.selfScore), score(k.score)],
    ...k.subs.map((sub): OutCell[] => [
      `${k.number}.${sub.key}`,
      `  ${sub.name}`,
      score(sub.weight),
      score(sub.selfScore),
      score(sub.score),
    ]),
  ]);
  scores.push(
    ["", "Nilai akhir", score(result.weight), score(result.selfTotal), score(result.total)],
    ["", "Predikat", null, result.selfPredikat, result.predikat],
  );
  writeSheet(
    workbook,
    "Nilai",
    ["Kode", args.title, "Bobot", "Penilaian mandiri", "Nilai evaluator"],
    scores,
  );
  writeSheet(
    workbook,
    "Kriteria",
    [
      "Kode",
      "Kriteria",
      "Skala",
      "Jawaban OPD",
      "Nilai jawaban",
      "Penjelasan",
      "Nilai evaluator",
      "Nilai",
      "Catatan evaluator",
    ],
    args.criteria.map((c) => [
      c.code,
      c.text,
      scaleLabel[c.scale],
      ...markCells(c.scale, c.jawaban?.answer),
      c.jawaban?.explanation || null,
      ...markCells(c.scale, c.jawaban?.score),
      c.jawaban?.scoreNote || null,
    ]),
  );
  return workbook;
}
