"use client";

import type { ReviewNoteStatus } from "@/lib/generated/prisma/enums";
import { setReviewNoteStatusAction } from "@/lib/actions/review-notes";
import { ActionError } from "./action-error";
import { useMutationAction } from "./use-mutation-action";
import { Button } from "@/components/ui/button";

/** The reviewer closes a note ("Tandai selesai") or reopens a closed one. */
export function ReviewNoteStatusButton({
  noteId,
  status,
  version,
}: {
  noteId: string;
  status: ReviewNoteStatus;
  version: number;
}) {
  const { run, pending, error, reload } = useMutationAction(setReviewNoteStatusAction);
  const to = status === "SELESAI" ? "TERBUKA" : "SELESAI";
  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => run({ noteId, status: to, version })}
      >
        {to === "SELESAI" ? "Tandai selesai" : "Buka kembali"}
      </Button>
      <ActionError error={error} onReload={reload} />
    </div>
  );
}
