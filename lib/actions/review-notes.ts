"use server";

import { replyReviewNote } from "@/lib/server/review/reply-review-note";
import { setReviewNoteStatus } from "@/lib/server/review/set-review-note-status";
import { serverAction } from "@/lib/server/mutations/server-action";

export const replyReviewNoteAction = serverAction(replyReviewNote);
export const setReviewNoteStatusAction = serverAction(setReviewNoteStatus);
