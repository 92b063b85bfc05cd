"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { updateCalcSettingsAction } from "@/lib/actions/admin";
import { calcSettingsForm, predikatPresets } from "@/lib/inputs/settings";
import { ActionError } from "./action-error";
import { useMutationAction } from "./use-mutation-action";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

type Values = z.input<typeof calcSettingsForm>;

/** Predicate scale, plausibility band, capaian cap and entry deadline of the region, typed the Indonesian way. */
export function SettingsForm({ initial }: { initial: Values }) {
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof calcSettingsForm>>({
    resolver: zodResolver(calcSettingsForm),
    defaultValues: initial,
  });
  const { run, pending, error } = useMutationAction(updateCalcSettingsAction, {
    form,
    onSuccess: () => setSaved(true),
  });
  // The parsed values are sent: they are the mutation's input, which the server validates again.
  const onSubmit = form.handleSubmit((input) => {
    setSaved(false);
    return run(input);
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} className="space-y-3 text-sm" data-testid="settings-form" noValidate>
      <label className="block">
        <span className="font-medium">Skala predikat</span>
        <select className={inputClass} {...form.register("preset")}>
          {Object.entries(predikatPresets).map(([key, scale]) => (
            <option key={key} value={key}>
              {scale.name}: {scale.bands.map((b) => b.label).join(", ")}
            </option>
          ))}
        </select>
      </label>
      <div className="grid gap-3 sm:grid-cols-3">
        <label>
          <span className="font-medium">Capaian wajar, batas bawah (%)</span>
          <input className={inputClass} inputMode="decimal" {...form.register("min")} />
          <FieldError message={errors.min?.message} />
        </label>
        <label>
          <span className="font-medium">Capaian wajar, batas atas (%)</span>
          <input className={inputClass} inputMode="decimal" {...form.register("max")} />
          <FieldError message={errors.max?.message} />
        </label>
        <label>
          <span className="font-medium">Batas maksimum capaian (%), kosong = tanpa batas</span>
          <input className={inputClass} inputMode="decimal" {...form.register("cap")} />
          <FieldError message={errors.cap?.message} />
        </label>
      </div>
      <label className="block max-w-md">
        <span className="font-medium">Batas pengisian realisasi: hari setelah triwulan berakhir</span>
        <input className={inputClass} inputMode="numeric" {...form.register("deadlineDays")} />
        <FieldError message={errors.deadlineDays?.message} />
      </label>
      <label className="block max-w-md">
        <span className="font-medium">
          Batas realisasi di bawah rencana aksi (poin persen) sebelum diperingatkan
        </span>
        <input className={inputClass} inputMode="decimal" {...form.register("rencanaAksiBand")} />
        <FieldError message={errors.rencanaAksiBand?.message} />
      </label>
      <ActionError error={error} />
      {saved && (
        <p role="status" className="text-emerald-800">
          Pengaturan disimpan.
        </p>
      )}
      <Button disabled={pending}>Simpan pengaturan</Button>
    </form>
  );
}
