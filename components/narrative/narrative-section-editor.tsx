"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { saveNarrativeAction } from "@/lib/actions/narrative";
import { buttonClass, FieldError, inputClass } from "@/components/forms/field-error";
import { type NarrativeSectionValue, saveNarrativeInput } from "@/lib/inputs/narrative";
import { NarrativePreview } from "./narrative-preview";

type Values = z.input<typeof saveNarrativeInput>;

/** The other user's save that made ours stale: their text and the version to overwrite. */
type Conflict = { message: string; body: string; version: number };

const secondaryButton = "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-50";

/** One narrative section: the text as the report shows it and, for planners, its editor with a live preview. */
export function NarrativeSectionEditor({
  laporanId,
  section,
  sasaranId,
  title,
  body,
  version,
  canEdit,
}: {
  laporanId: string;
  section: NarrativeSectionValue;
  sasaranId: string | null;
  title: string;
  body: string;
  version: number | null;
  canEdit: boolean;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // What this user just saved, shown until the refreshed page catches up with it.
  const [saved, setSaved] = useState<{ body: string; version: number } | null>(null);
  const latest = saved && saved.version > (version ?? 0) ? saved : { body, version };
  const form = useForm<Values, unknown, z.output<typeof saveNarrativeInput>>({
    resolver: zodResolver(saveNarrativeInput),
    defaultValues: { laporanId, section, sasaranId, body, version },
  });
  const draft = useWatch({ control: form.control, name: "body" });

  const save = async (values: z.output<typeof saveNarrativeInput>) => {
    setMessage(null);
    setConflict(null);
    const result = await saveNarrativeAction(form.getValues());
    if (!result.ok) {
      const current = result.error.current;
      if (result.error.kind === "CONFLICT" && current?.version) {
        return setConflict({
          message: result.error.message,
          body: current.body ?? "",
          version: Number(current.version),
        });
      }
      return setMessage(result.error.fields?.body ?? result.error.message);
    }
    form.reset({ ...form.getValues(), version: result.value.version });
    setSaved({ body: values.body, version: result.value.version });
    setEditing(false);
    router.refresh();
  };
  const onSubmit = form.handleSubmit(save);

  const open = () => {
    // Start from the text as the page shows it now, which may be newer than when the form was made.
    form.reset({ laporanId, section, sasaranId, ...latest });
    setMessage(null);
    setConflict(null);
    setEditing(true);
  };
  const takeTheirs = (c: Conflict) => {
    form.reset({ ...form.getValues(), body: c.body, version: c.version });
    setConflict(null);
  };
  const overwrite = async (c: Conflict) => {
    form.setValue("version", c.version);
    await onSubmit();
  };

  return (
    <section
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="narrative-section"
      data-section={section}
    >
      <div className="flex items-start justify-between gap-4">
        <h2 className="text-lg font-semibold">{title}</h2>
        {canEdit && !editing && (
          <button type="button" className="text-sm text-emerald-800 hover:underline" onClick={open}>
            Ubah
          </button>
        )}
      </div>
      {!editing && <NarrativePreview body={latest.body} />}
      {editing && (
        <form onSubmit={onSubmit} className="space-y-3" data-testid="narrative-form">
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            <label className="block">
              <span className="text-sm font-medium">Teks {title}</span>
              <textarea rows={14} className={`${inputClass} font-mono`} {...form.register("body")} />
              <FieldError message={form.formState.errors.body?.message} />
              <span className="mt-1 block text-xs text-slate-500">
                Pisahkan paragraf dengan baris kosong. Baris diawali &quot;- &quot; atau &quot;1. &quot;
                menjadi daftar; **teks** dicetak tebal.
              </span>
            </label>
            <div className="space-y-1">
              <span className="text-sm font-medium">Pratinjau</span>
              <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
                <NarrativePreview body={draft} emptyText="Teks kosong." />
              </div>
            </div>
          </div>
          {message && (
            <p className="rounded-md bg-red-50 p-3 text-sm text-red-800" role="alert">
              {message}
            </p>
          )}
          {conflict && (
            <div
              className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
              role="alert"
              data-testid="narrative-conflict"
            >
              <p className="text-amber-900">{conflict.message}</p>
              <div className="rounded-md border border-amber-200 bg-white p-3">
                <NarrativePreview body={conflict.body} emptyText="Teks mereka kosong." />
              </div>
              <div className="flex flex-wrap gap-2">
                <button type="button" className={secondaryButton} onClick={() => takeTheirs(conflict)}>
                  Pakai teks mereka
                </button>
                <button
                  type="button"
                  className={secondaryButton}
                  disabled={form.formState.isSubmitting}
                  onClick={() => overwrite(conflict)}
                >
                  Timpa dengan teks saya
                </button>
              </div>
            </div>
          )}
          <div className="flex gap-2">
            <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
              Simpan
            </button>
            <button type="button" className={secondaryButton} onClick={() => setEditing(false)}>
              Batal
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
