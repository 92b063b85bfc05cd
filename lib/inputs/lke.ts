import { z } from "@/lib/inputs/zod";
import { lkeAnswersOf } from "@/lib/lke/score";
import { optionalTextField, recordId, textField } from "./fields";

const version = z.number().int().positive().nullable();
/** Y/T or A–E; whether it fits the criterion's scale is checked against the stored criterion. */
const mark = z.enum([...lkeAnswersOf("YA_TIDAK"), ...lkeAnswersOf("A_E")], {
  error: "Pilih jawaban Y/T atau A–E",
});

/** The OPD's answer to one criterion, with its explanation (the planners of the whole OPD). */
export const saveLkeAnswerInput = z.object({
  laporanId: recordId,
  kriteriaId: recordId,
  answer: mark,
  explanation: optionalTextField("Penjelasan", { max: 5000 }).transform((text) => text ?? ""),
  /** The row's version as the user opened it; null: no row yet. */
  version,
});
export type SaveLkeAnswerInput = z.input<typeof saveLkeAnswerInput>;

/** The evaluator's score of one criterion, with a note (the inspectorate). */
export const saveLkeScoreInput = z.object({
  laporanId: recordId,
  kriteriaId: recordId,
  score: mark,
  note: optionalTextField("Catatan evaluator", { max: 5000 }).transform((text) => text ?? ""),
  version,
});
export type SaveLkeScoreInput = z.input<typeof saveLkeScoreInput>;

/** A criterion of the region's LKE, added (id null) or changed by its administrator. */
export const saveLkeKriteriaInput = z.object({
  id: recordId.nullable(),
  code: z
    .string()
    .trim()
    .regex(/^[1-4]\.[abc]\.[1-9][0-9]?$/, "Kode kriteria berbentuk komponen.subkomponen.nomor, mis. 1.a.3"),
  text: textField("Uraian kriteria", { max: 1000 }),
  scale: z.enum(["YA_TIDAK", "A_E"]),
  active: z.boolean(),
  version,
});
export type SaveLkeKriteriaInput = z.input<typeof saveLkeKriteriaInput>;

/** Copies the criteria of PermenPAN-RB 88/2021 into a region that has none yet. */
export const loadLkeReferenceInput = z.object({});
