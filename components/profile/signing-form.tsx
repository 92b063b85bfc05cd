"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ActionError } from "@/components/forms/action-error";
import { useMutationAction } from "@/components/forms/use-mutation-action";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Field, inputClass } from "@/components/ui/field";
import { saveSigningAction } from "@/lib/actions/profile";
import { formatDateLong } from "@/lib/format";
import { formatIndonesianDate } from "@/lib/parse/indonesian-date";
import { saveSigningInput } from "@/lib/inputs/profile";
import type { OpdProfileView } from "@/lib/views/opd-profile";

type Values = z.input<typeof saveSigningInput>;

/** Where and when the head signs the LKIP: the Kata Pengantar's "Serang, 31 Januari 2023". */
export function SigningForm({
  laporanId,
  signing,
  canEdit,
}: {
  laporanId: string;
  signing: OpdProfileView["signing"];
  canEdit: boolean;
}) {
  const form = useForm<Values, unknown, z.output<typeof saveSigningInput>>({
    resolver: zodResolver(saveSigningInput),
    defaultValues: {
      laporanId,
      place: signing.place ?? "",
      date: signing.date ? formatIndonesianDate(signing.date) : "",
      version: signing.version,
    },
  });
  const { run, pending, error, reload } = useMutationAction(saveSigningAction, { form });
  const onSubmit = form.handleSubmit(() => run(form.getValues()));
  const errors = form.formState.errors;
  const printed = [signing.place, signing.date && formatDateLong(new Date(`${signing.date}T00:00:00Z`))]
    .filter(Boolean)
    .join(", ");

  if (!canEdit) return <p data-testid="signing-text">{printed || "Belum diisi."}</p>;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-start gap-3" data-testid="signing-form">
      <Field label="Tempat" error={errors.place?.message} className="w-60">
        <input className={inputClass} placeholder="mis. Serang" {...form.register("place")} />
      </Field>
      <Field label="Tanggal" error={errors.date?.message} className="w-48">
        <DateInput className={inputClass} {...form.register("date")} />
      </Field>
      <div className="self-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Menyimpan…" : "Simpan"}
        </Button>
      </div>
      <div className="w-full">
        <ActionError error={error} onReload={reload} labels={{ place: "Tempat", date: "Tanggal" }} />
      </div>
    </form>
  );
}
