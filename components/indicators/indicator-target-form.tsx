"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Decimal from "decimal.js";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { saveTargetIndikatorAction } from "@/lib/actions/indicators";
import { ActionError, type CurrentLabels } from "@/components/forms/action-error";
import { useMutationAction } from "@/components/forms/use-mutation-action";
import { formatFigure, withSatuan } from "@/lib/format";
import { type PolarityValue, saveTargetIndikatorInput } from "@/lib/inputs/indikator";
import type { IndicatorTargetValues } from "@/lib/views/indicator-editor";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

type Values = z.input<typeof saveTargetIndikatorInput>;
type Figure = "target" | "targetUpper" | "targetRenstra" | "targetPerubahan" | "targetUpperPerubahan";

/**
 * The targets of one indicator for the page's year (remount it when the polarity changes); it follows
 * the page's values, so after a save or "Muat ulang" it shows what is stored. Figures are typed the
 * Indonesian way (7,23); a target perubahan needs its reason and then counts as the target.
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
  const [saved, setSaved] = useState(false);
  const rentang = polarity === "RENTANG";
  const form = useForm<Values, unknown, z.output<typeof saveTargetIndikatorInput>>({
    resolver: zodResolver(saveTargetIndikatorInput),
    // Bounds left from an earlier RENTANG definition are not shown, so they are not sent either: saving
    // clears them.
    values: {
      indikatorId,
      year,
      version,
      ...initial,
      ...(rentang ? {} : { targetUpper: "", targetUpperPerubahan: "" }),
    },
  });
  const errors = form.formState.errors;
  const { run, pending, error, reload } = useMutationAction(saveTargetIndikatorAction, {
    form,
    onSuccess: ({ version }) => {
      form.reset({ ...form.getValues(), version });
      setSaved(true);
    },
  });
  const onSubmit = form.handleSubmit(() => {
    setSaved(false);
    return run(form.getValues());
  });

  const figureLabel: Record<Figure, string> = {
    target: rentang ? "Target PK, batas bawah" : "Target PK",
    targetUpper: "Target PK, batas atas",
    targetRenstra: "Target Renstra",
    targetPerubahan: rentang ? "Target perubahan, batas bawah" : "Target perubahan",
    targetUpperPerubahan: "Target perubahan, batas atas",
  };
  const shown: Figure[] = rentang
    ? ["target", "targetUpper", "targetRenstra", "targetPerubahan", "targetUpperPerubahan"]
    : ["target", "targetRenstra", "targetPerubahan"];
  const currentLabels: CurrentLabels = {
    ...Object.fromEntries(
      shown.map((key) => [
        key,
        {
          label: figureLabel[key],
          show: (value: string) => withSatuan(formatFigure(new Decimal(value)), satuan),
        },
      ]),
    ),
    perubahanReason: "Alasan perubahan",
    targetText: "Target berupa teks",
  };

  const id = (field: string) => `${indikatorId}-${field}`;
  const figure = (field: Figure) => (
    <label className="block" htmlFor={id(field)}>
      <span className="font-medium">
        {figureLabel[field]} ({satuan})
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
        {figure("target")}
        {rentang && figure("targetUpper")}
        {figure("targetRenstra")}
      </div>
      <label className="block" htmlFor={id("targetText")}>
        <span className="font-medium">Target berupa teks (bila targetnya bukan angka)</span>
        <input
          id={id("targetText")}
          className={inputClass}
          placeholder="mis. Perbaikan ruang data"
          {...form.register("targetText")}
        />
        <FieldError message={errors.targetText?.message} />
      </label>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 font-medium">Target perubahan (bila Perjanjian Kinerja diubah)</legend>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          {figure("targetPerubahan")}
          {rentang && figure("targetUpperPerubahan")}
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
      <ActionError error={error} labels={currentLabels} onReload={reload} />
      {saved && (
        <p className="text-emerald-800" role="status">
          Target disimpan.
        </p>
      )}
      <Button type="submit" disabled={pending}>
        Simpan target
      </Button>
    </form>
  );
}
