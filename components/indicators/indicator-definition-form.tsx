"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { saveIndikatorAction } from "@/lib/actions/indicators";
import { ActionError, type CurrentLabels } from "@/components/forms/action-error";
import { useMutationAction } from "@/components/forms/use-mutation-action";
import {
  type AggregationValue,
  aggregations,
  type CalculationValue,
  calculations,
  type IndicatorOwnerLevel,
  polarities,
  type PolarityValue,
  saveIndikatorInput,
} from "@/lib/inputs/indikator";
import { aggregationDescription, calculationDescription, polarityDescription } from "@/lib/vocabulary";
import type { IndicatorDefinitionValues } from "@/lib/views/indicator-editor";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

type Values = z.input<typeof saveIndikatorInput>;

/** The definition as a stale edit reports it. */
const currentLabels: CurrentLabels = {
  name: "Nama indikator",
  satuan: "Satuan",
  polarity: { label: "Polaritas", show: (value) => polarityDescription[value as PolarityValue] ?? value },
  calculation: {
    label: "Cara perhitungan",
    show: (value) => calculationDescription[value as CalculationValue] ?? value,
  },
  numeratorLabel: "Pembilang",
  denominatorLabel: "Penyebut",
  aggregation: {
    label: "Realisasi tahunan dari triwulan",
    show: (value) => aggregationDescription[value as AggregationValue] ?? value,
  },
  isIku: { label: "IKU", show: (value) => (value === "true" ? "Ya" : "Tidak") },
};

export const emptyDefinition: IndicatorDefinitionValues = {
  name: "",
  satuan: "",
  polarity: "POSITIF",
  calculation: "LANGSUNG",
  numeratorLabel: "",
  denominatorLabel: "",
  aggregation: "JUMLAH",
  isIku: false,
};

/**
 * The definition of an indicator: a new one under its owner (`indikatorId` null) or an existing one at
 * the version the user saw; it follows the page's values, so after "Muat ulang" it shows what is stored.
 * Validated here with the server's own schema for instant feedback.
 */
export function IndicatorDefinitionForm({
  indikatorId,
  ownerLevel,
  ownerId,
  year,
  version,
  initial,
  onSaved,
  onCancel,
}: {
  indikatorId: string | null;
  ownerLevel: IndicatorOwnerLevel;
  ownerId: string;
  year: number;
  version: number | null;
  initial: IndicatorDefinitionValues;
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof saveIndikatorInput>>({
    resolver: zodResolver(saveIndikatorInput),
    values: { indikatorId, ownerLevel, ownerId, year, version, ...initial },
  });
  const calculation = useWatch({ control: form.control, name: "calculation" });
  const errors = form.formState.errors;
  const isNew = indikatorId === null;
  const { run, pending, error, reload } = useMutationAction(saveIndikatorAction, {
    form,
    onSuccess: (saved) => {
      if (isNew) {
        form.reset({ indikatorId, ownerLevel, ownerId, year, version, ...emptyDefinition });
      } else {
        form.reset({ ...form.getValues(), version: saved.version });
        setSaved(true);
      }
      onSaved?.();
    },
  });
  const onSubmit = form.handleSubmit(() => {
    setSaved(false);
    return run(form.getValues());
  });

  const id = (field: string) => `${indikatorId ?? `baru-${ownerId}`}-${field}`;
  return (
    <form
      onSubmit={onSubmit}
      className="space-y-3 text-sm"
      data-testid={isNew ? "indicator-create-form" : "indicator-definition-form"}
    >
      <h4 className="font-semibold">{isNew ? "Indikator baru" : "Definisi indikator"}</h4>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-4">
        <label className="block md:col-span-3" htmlFor={id("name")}>
          <span className="font-medium">Nama indikator</span>
          <input id={id("name")} className={inputClass} {...form.register("name")} />
          <FieldError message={errors.name?.message} />
        </label>
        <label className="block" htmlFor={id("satuan")}>
          <span className="font-medium">Satuan</span>
          <input
            id={id("satuan")}
            className={inputClass}
            placeholder="%, Orang, Dokumen"
            {...form.register("satuan")}
          />
          <FieldError message={errors.satuan?.message} />
        </label>
        <label className="block md:col-span-2" htmlFor={id("polarity")}>
          <span className="font-medium">Polaritas</span>
          <select id={id("polarity")} className={inputClass} {...form.register("polarity")}>
            {polarities.map((p) => (
              <option key={p} value={p}>
                {polarityDescription[p]}
              </option>
            ))}
          </select>
          <FieldError message={errors.polarity?.message} />
        </label>
        <label className="block" htmlFor={id("calculation")}>
          <span className="font-medium">Cara perhitungan</span>
          <select id={id("calculation")} className={inputClass} {...form.register("calculation")}>
            {calculations.map((c) => (
              <option key={c} value={c}>
                {calculationDescription[c]}
              </option>
            ))}
          </select>
          <FieldError message={errors.calculation?.message} />
        </label>
        <label className="block" htmlFor={id("aggregation")}>
          <span className="font-medium">Realisasi tahunan dari triwulan</span>
          <select id={id("aggregation")} className={inputClass} {...form.register("aggregation")}>
            {aggregations.map((a) => (
              <option key={a} value={a}>
                {aggregationDescription[a]}
              </option>
            ))}
          </select>
          <FieldError message={errors.aggregation?.message} />
        </label>
        {calculation === "RASIO" && (
          <>
            <label className="block md:col-span-2" htmlFor={id("numeratorLabel")}>
              <span className="font-medium">Pembilang</span>
              <input
                id={id("numeratorLabel")}
                className={inputClass}
                placeholder="mis. Jumlah PPKS yang ditangani"
                {...form.register("numeratorLabel")}
              />
              <FieldError message={errors.numeratorLabel?.message} />
            </label>
            <label className="block md:col-span-2" htmlFor={id("denominatorLabel")}>
              <span className="font-medium">Penyebut</span>
              <input
                id={id("denominatorLabel")}
                className={inputClass}
                placeholder="mis. Jumlah PPKS"
                {...form.register("denominatorLabel")}
              />
              <FieldError message={errors.denominatorLabel?.message} />
            </label>
          </>
        )}
        {ownerLevel === "SASARAN" && (
          <label className="flex items-center gap-2 md:col-span-4">
            <input type="checkbox" {...form.register("isIku")} />
            <span>Indikator Kinerja Utama (IKU)</span>
            <FieldError message={errors.isIku?.message} />
          </label>
        )}
      </div>
      <ActionError error={error} labels={currentLabels} onReload={reload} />
      {saved && (
        <p className="text-emerald-800" role="status">
          Definisi disimpan.
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {isNew ? "Tambah indikator" : "Simpan definisi"}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            Batal
          </Button>
        )}
      </div>
    </form>
  );
}
