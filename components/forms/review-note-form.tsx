"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { createReviewNoteAction } from "@/lib/actions/laporan";
import { createReviewNoteInput } from "@/lib/inputs/review-note";
import type { ReviewTargetOption } from "@/lib/review/review-targets";
import { ActionError } from "./action-error";
import { useMutationAction } from "./use-mutation-action";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

/** A new review note on one item, or (with several `targets`) on the one the reviewer picks. */
export function ReviewNoteForm({ laporanId, targets }: { laporanId: string; targets: ReviewTargetOption[] }) {
  const [first] = targets;
  const initial = { laporanId, entity: first!.entity, entityId: first!.entityId, body: "" };
  const form = useForm<z.input<typeof createReviewNoteInput>>({
    resolver: zodResolver(createReviewNoteInput),
    defaultValues: initial,
  });
  const { run, pending, error } = useMutationAction(createReviewNoteAction, {
    form,
    onSuccess: () => form.reset(initial),
  });
  const onSubmit = form.handleSubmit(() => run(form.getValues()));
  const chosen = useWatch({ control: form.control, name: "entityId" });
  const choose = (index: number) => {
    form.setValue("entity", targets[index]!.entity);
    form.setValue("entityId", targets[index]!.entityId);
  };
  return (
    <form onSubmit={onSubmit} className="space-y-2" data-testid="review-note-form">
      {targets.length > 1 && (
        <label className="block">
          <span className="text-sm font-medium">Tentang</span>
          <select
            className={inputClass}
            value={targets.findIndex((target) => target.entityId === chosen)}
            onChange={(event) => choose(Number(event.target.value))}
          >
            {targets.map((target, index) => (
              <option key={`${target.entity}:${target.entityId}`} value={index}>
                {target.label}
              </option>
            ))}
          </select>
        </label>
      )}
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
