"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { replyReviewNoteAction } from "@/lib/actions/review-notes";
import { replyReviewNoteInput } from "@/lib/inputs/review-note";
import { ActionError } from "./action-error";
import { useMutationAction } from "./use-mutation-action";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

export function ReviewReplyForm({ noteId }: { noteId: string }) {
  const form = useForm<z.input<typeof replyReviewNoteInput>>({
    resolver: zodResolver(replyReviewNoteInput),
    defaultValues: { noteId, body: "" },
  });
  const { run, pending, error } = useMutationAction(replyReviewNoteAction, {
    form,
    onSuccess: () => form.reset({ noteId, body: "" }),
  });
  const onSubmit = form.handleSubmit(() => run(form.getValues()));
  return (
    <form onSubmit={onSubmit} className="space-y-2" data-testid="review-reply-form">
      <label className="block">
        <span className="text-xs font-medium">Balas catatan</span>
        <textarea rows={2} className={inputClass} {...form.register("body")} />
        <FieldError message={form.formState.errors.body?.message} />
      </label>
      <ActionError error={error} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Kirim balasan
      </Button>
    </form>
  );
}
