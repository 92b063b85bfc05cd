"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createReviewNoteAction } from "@/lib/actions/laporan";
import { createReviewNoteInput, type ReviewTarget } from "@/lib/inputs/review-note";
import { buttonClass, FieldError, inputClass } from "./field-error";

export function ReviewNoteForm({
  laporanId,
  entity,
  entityId,
}: {
  laporanId: string;
  entity: ReviewTarget;
  entityId: string;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<z.input<typeof createReviewNoteInput>>({
    resolver: zodResolver(createReviewNoteInput),
    defaultValues: { laporanId, entity, entityId, body: "" },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await createReviewNoteAction(values);
    if (!result.ok) return setMessage(result.error.message);
    form.reset({ laporanId, entity, entityId, body: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} className="space-y-2" data-testid="review-note-form">
      <label className="block">
        <span className="text-sm font-medium">Tulis catatan reviu</span>
        <textarea rows={3} className={inputClass} {...form.register("body")} />
        <FieldError message={form.formState.errors.body?.message} />
      </label>
      {message && (
        <p className="text-sm text-red-800" role="alert">
          {message}
        </p>
      )}
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Simpan catatan
      </button>
    </form>
  );
}
