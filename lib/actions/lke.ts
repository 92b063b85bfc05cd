"use server";

import { copyLkeReferenceMutation } from "@/lib/server/lke/copy-lke-reference";
import { saveLkeAnswer, saveLkeScore } from "@/lib/server/lke/save-lke-jawaban";
import { saveLkeKriteria } from "@/lib/server/lke/save-lke-kriteria";
import { serverAction } from "@/lib/server/mutations/server-action";

export const saveLkeAnswerAction = serverAction(saveLkeAnswer);
export const saveLkeScoreAction = serverAction(saveLkeScore);
export const saveLkeKriteriaAction = serverAction(saveLkeKriteria);
export const copyLkeReferenceAction = serverAction(copyLkeReferenceMutation);
