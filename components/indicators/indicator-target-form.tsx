"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { saveTargetIndikatorAction } from "@/lib/actions/indicators";
import { buttonClass, FieldError, inputClass } from "@/components/forms/field-error";
import { type PolarityValue, saveTargetIndikatorInput } from "@/lib/inputs/indikator";
import type { IndicatorTargetValues } from "@/lib/server/indicators/load-indicator-editor";
import { applyServerErrors } from "./server-errors";

type Values = z.input<typeof saveTargetIndikatorInput>;

const fieldNames = [
  "target",
  "targetUpper",
  "targetRenstra",
  "targetPerubahan",
  "targetUpperPerubahan",
  "perubahanReason",
] as const;

/**
 * The targets of one indicator for the page's year (remount it when the polarity changes). Figures are typed the Indonesian way (7,23); a
 * target perubahan needs its reason and then counts as the target.
 */
export function IndicatorTargetForm({
  indikatorId,
  year,
  polarity,
  satuan,
  version,
  initial,
}: {
  indikatorId: string;
  year: number;
  /** As stored: upper bounds are asked for RENTANG only. */
  polarity: PolarityValue;
  satuan: string;
  version: number | null;
  initial: IndicatorTargetValues;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const rentang = polarity === "RENTANG";
  const form = useForm<Values, unknown, z.output<typeof saveTargetIndikatorInput>>({
    resolver: zodResolver(saveTargetIndikatorInput),
    // Bounds left from an earlier RENTANG definition are not shown, so they are not sent either: saving
    // clears them.
    defaultValues: {
      indikatorId,
      year,
      version,
      ...initial,
      ...(rentang ? {} : { targetUpper: "", targetUpperPerubahan: "" }),
    },
  });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async () => {
    setMessage(null);
    setSaved(false);
    const result = await saveTargetIndikatorAction(form.getValues());
    if (!result.ok) return setMessage(applyServerErrors(form.setError, result.error, fieldNames));
    form.reset({ ...form.getValues(), version: result.value.version });
    setSaved(true);
    router.refresh();
  });

  const id = (field: string) => `${indikatorId}-${field}`;
  const figure = (field: (typeof fieldNames)[number], label: string) => (
    <label className="block" htmlFor={id(field)}>
      <span className="font-medium">
        {label} ({satuan})
      </span>
      <input
        id={id(field)}
        className={`${inputClass} text-right tabular-nums`}
        inputMode="decimal"
        {...form.register(field)}
      />
      <FieldError message={errors[field]?.message} />
    </label>
  );
  return (
    <form onSubmit={onSubmit} className="space-y-3 text-sm" data-testid="indicator-target-form">
      <h4 className="font-semibold">Target tahun {year}</h4>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        {figure("target", rentang ? "Target PK, batas bawah" : "Target PK")}
        {rentang && figure("targetUpper", "Target PK, batas atas")}
        {figure("targetRenstra", "Target Renstra")}
      </div>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 font-medium">Target perubahan (bila Perjanjian Kinerja diubah)</legend>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          {figure("targetPerubahan", rentang ? "Target perubahan, batas bawah" : "Target perubahan")}
          {rentang && figure("targetUpperPerubahan", "Target perubahan, batas atas")}
        </div>
        <label className="block" htmlFor={id("perubahanReason")}>
          <span className="font-medium">Alasan perubahan</span>
          <textarea
            id={id("perubahanReason")}
            rows={2}
            className={inputClass}
            placeholder="mis. PK Perubahan Nomor … tanggal …, karena …"
            {...form.register("perubahanReason")}
          />
          <FieldError message={errors.perubahanReason?.message} />
        </label>
        <p className="text-slate-500">
          Bila target perubahan diisi, capaian dihitung terhadap target perubahan.
        </p>
      </fieldset>
      {message && (
        <p className="rounded-md bg-red-50 p-3 text-red-800" role="alert">
          {message}
        </p>
      )}
      {saved && (
        <p className="text-emerald-800" role="status">
          Target disimpan.
        </p>
      )}
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Simpan target
      </button>
    </form>
  );
}
