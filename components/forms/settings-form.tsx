"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { updateCalcSettingsAction } from "@/lib/actions/admin";
import { keberhasilanScale, permendagri86Scale, serializePredikatScale } from "@/lib/calc/predikat";
import { buttonClass, inputClass } from "./field-error";

const presets = { permendagri86: permendagri86Scale, keberhasilan: keberhasilanScale };
type Values = { preset: keyof typeof presets; min: string; max: string; cap: string };

/** Predicate scale, plausibility band and capaian cap of the region; the server validates with calcSettingsSchema. */
export function SettingsForm({ initial }: { initial: Values }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<Values>({ defaultValues: initial });
  const onSubmit = form.handleSubmit(async ({ preset, min, max, cap }) => {
    const decimal = (text: string) => text.trim().replace(",", ".");
    const result = await updateCalcSettingsAction({
      settings: {
        predikatScale: serializePredikatScale(presets[preset]),
        plausibleCapaian: { min: decimal(min), max: decimal(max) },
        capaianCap: cap.trim() ? decimal(cap) : null,
      },
    });
    setMessage(
      result.ok
        ? { ok: true, text: "Pengaturan disimpan." }
        : { ok: false, text: Object.values(result.error.fields ?? {})[0] ?? result.error.message },
    );
    if (result.ok) router.refresh();
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3 text-sm" data-testid="settings-form">
      <label className="block">
        <span className="font-medium">Skala predikat</span>
        <select className={inputClass} {...form.register("preset")}>
          {Object.entries(presets).map(([key, scale]) => (
            <option key={key} value={key}>
              {scale.name}: {scale.bands.map((b) => b.label).join(", ")}
            </option>
          ))}
        </select>
      </label>
      <div className="grid grid-cols-3 gap-3">
        <label>
          <span className="font-medium">Capaian wajar, batas bawah (%)</span>
          <input className={inputClass} {...form.register("min")} />
        </label>
        <label>
          <span className="font-medium">Capaian wajar, batas atas (%)</span>
          <input className={inputClass} {...form.register("max")} />
        </label>
        <label>
          <span className="font-medium">Batas maksimum capaian (%), kosong = tanpa batas</span>
          <input className={inputClass} {...form.register("cap")} />
        </label>
      </div>
      {message && (
        <p role="status" className={message.ok ? "text-emerald-800" : "text-red-800"}>
          {message.text}
        </p>
      )}
      <button className={buttonClass}>Simpan pengaturan</button>
    </form>
  );
}
