"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createReviewNoteAction } from "@/lib/actions/laporan";
import { createReviewNoteInput, type ReviewTarget } from "@/lib/inputs/review-note";
import { ActionError } from "./action-error";
import { useMutationAction } from "./use-mutation-action";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

export function ReviewNoteForm({
  laporanId,
  entity,
  entityId,
}: {
  laporanId: string;
  entity: ReviewTarget;
  entityId: string;
}) {
  const form = useForm<z.input<typeof createReviewNoteInput>>({
    resolver: zodResolver(createReviewNoteInput),
    defaultValues: { laporanId, entity, entityId, body: "" },
  });
  const { run, pending, error } = useMutationAction(createReviewNoteAction, {
    form,
    onSuccess: () => form.reset({ laporanId, entity, entityId, body: "" }),
  });
  const onSubmit = form.handleSubmit(() => run(form.getValues()));
  return (
    <form onSubmit={onSubmit} className="space-y-2" data-testid="review-note-form">
      <label className="block">
        <span className="text-sm font-medium">Tulis catatan reviu</span>
        <textarea rows={3} className={inputClass} {...form.register("body")} />
        <FieldError message={form.formState.errors.body?.message} />
      </label>
      <ActionError error={error} />
      <Button type="submit" disabled={pending}>
        Simpan catatan
      </Button>
    </form>
  );
}
