"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { startYearAction } from "@/lib/actions/admin";
import { startYearInput } from "@/lib/inputs/admin";
import { ActionError } from "../forms/action-error";
import { useMutationAction } from "../forms/use-mutation-action";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

type Values = z.input<typeof startYearInput>;

/** Opens a year of an OPD, empty or from one of its years, and goes to the new year's page. */
export function StartYearForm({
  opdId,
  slug,
  years,
  suggestedYear,
}: {
  opdId: string;
  slug: string;
  /** The OPD's years so far, newest first: any of them can be the source. */
  years: number[];
  suggestedYear: number;
}) {
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof startYearInput>>({
    resolver: zodResolver(startYearInput),
    defaultValues: { opdId, year: suggestedYear, fromYear: years[0] ?? "", includePagu: false },
  });
  const fromYear = useWatch({ control: form.control, name: "fromYear" });
  const { run, pending, error } = useMutationAction(startYearAction, {
    form,
    refresh: false,
    onSuccess: ({ year }) => router.push(`/opd/${slug}/${year}`),
  });
  const onSubmit = form.handleSubmit(() => run(form.getValues()));
  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-wrap items-end gap-3 text-sm"
      data-testid="start-year-form"
      noValidate
    >
      <label className="block w-28">
        <span className="font-medium">Tahun</span>
        <input
          type="number"
          className={`${inputClass} tabular-nums`}
          {...form.register("year", { valueAsNumber: true })}
        />
      </label>
      <label className="block">
        <span className="font-medium">Isi awal</span>
        <select className={inputClass} {...form.register("fromYear")}>
          <option value="">Kosong (struktur diisi kemudian)</option>
          {years.map((year) => (
            <option key={year} value={year}>
              Salin struktur tahun {year}
            </option>
          ))}
        </select>
      </label>
      {fromYear !== null && fromYear !== "" && (
        <label className="inline-flex items-center gap-2 pb-2">
          <input type="checkbox" className="h-4 w-4" {...form.register("includePagu")} />
          Salin pagu awal
        </label>
      )}
      <Button type="submit" disabled={pending}>
        Mulai tahun
      </Button>
      <div className="basis-full">
        <FieldError
          message={form.formState.errors.year?.message ?? form.formState.errors.fromYear?.message}
        />
        <ActionError error={error} />
      </div>
    </form>
  );
}
