"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { copyStructureYearAction } from "@/lib/actions/structure";
import { copyStructureYearInput } from "@/lib/inputs/structure";
import { ActionError } from "../forms/action-error";
import { useMutationAction } from "../forms/use-mutation-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

type Values = z.input<typeof copyStructureYearInput>;

/**
 * Opens another year of the OPD from this year's structure (program → kegiatan → sub kegiatan →
 * rekening and their indicator definitions) and goes to the new year's structure.
 */
export function CopyYearForm({
  opdId,
  slug,
  fromYear,
  suggestedYear,
}: {
  opdId: string;
  slug: string;
  fromYear: number;
  suggestedYear: number;
}) {
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof copyStructureYearInput>>({
    resolver: zodResolver(copyStructureYearInput),
    defaultValues: { opdId, fromYear, toYear: suggestedYear, includePagu: false },
  });
  const { run, pending, error } = useMutationAction(copyStructureYearAction, {
    form,
    refresh: false,
    onSuccess: ({ year }) => router.push(`/opd/${slug}/${year}/struktur?disalin=${fromYear}`),
  });
  const onSubmit = form.handleSubmit(() => run(form.getValues()));
  return (
    <form onSubmit={onSubmit} className="space-y-3" data-testid="copy-year-form" noValidate>
      <p className="text-sm text-slate-600">
        Program, kegiatan, sub kegiatan, rekening belanja dan definisi indikatornya disalin dari tahun{" "}
        {fromYear}. Target dan realisasi tidak disalin; tujuan, sasaran dan IKU Renstra tetap milik periode
        Renstra. Laporan tahun tujuan dibuat dengan status Draf.
      </p>
      <div className="flex flex-wrap items-start gap-4">
        <Field label="Tahun tujuan" error={form.formState.errors.toYear?.message} className="w-40">
          <input
            type="number"
            className={`${inputClass} tabular-nums`}
            {...form.register("toYear", { valueAsNumber: true })}
          />
        </Field>
        <label className="mt-7 inline-flex items-center gap-2 text-sm">
          <input type="checkbox" className="h-4 w-4" {...form.register("includePagu")} />
          Salin pagu awal sebagai pagu awal tahun tujuan
        </label>
      </div>
      <ActionError error={error} />
      <Button type="submit" disabled={pending}>
        Salin struktur
      </Button>
    </form>
  );
}
