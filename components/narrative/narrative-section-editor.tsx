"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { saveNarrativeAction } from "@/lib/actions/narrative";
import { ActionError } from "@/components/forms/action-error";
import { useMutationAction } from "@/components/forms/use-mutation-action";
import {
  type NarrativeOwnerIds,
  type NarrativeSectionValue,
  saveNarrativeInput,
} from "@/lib/inputs/narrative";
import { fillFigureTokens } from "@/lib/calc/figure-tokens";
import { narrativeWarnings } from "@/lib/narrative/narrative-warnings";
import { useNarrativeFigures } from "./narrative-figures";
import { NarrativePreview } from "./narrative-preview";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

type Values = z.input<typeof saveNarrativeInput>;

/**
 * One narrative section (for one owner): the text as the report prints it (tokens filled with the year's
 * figures) and, for planners, its editor with a live preview, the warnings about what would print wrong,
 * and the draft the system wrote from the figures, taken in only on "Pakai draf".
 */
export function NarrativeSectionEditor({
  laporanId,
  section,
  ids,
  title,
  mandatory,
  body,
  version,
  draft: systemDraft,
  canEdit,
}: {
  laporanId: string;
  section: NarrativeSectionValue;
  ids: NarrativeOwnerIds;
  title: string;
  mandatory: boolean;
  body: string;
  version: number | null;
  draft: string | null;
  canEdit: boolean;
}) {
  const [editing, setEditing] = useState(false);
  // What this user just saved, shown until the refreshed page catches up with it.
  const [saved, setSaved] = useState<{ body: string; version: number } | null>(null);
  const latest = saved && saved.version > (version ?? 0) ? saved : { body, version };
  const form = useForm<Values, unknown, z.output<typeof saveNarrativeInput>>({
    resolver: zodResolver(saveNarrativeInput),
    defaultValues: { laporanId, section, ...ids, body, version },
  });
  const draft = useWatch({ control: form.control, name: "body" });
  const figures = useNarrativeFigures();
  const printed = (text: string) => fillFigureTokens(text, figures.tokens).text;
  const warnings = useMemo(
    () => (editing ? narrativeWarnings(draft, figures) : []),
    [editing, draft, figures],
  );
  const { run, pending, error, clearError, reload } = useMutationAction(saveNarrativeAction, {
    form,
    onSuccess: (result) => {
      form.reset({ ...form.getValues(), version: result.version });
      setSaved({ body: form.getValues("body"), version: result.version });
      setEditing(false);
    },
  });
  const onSubmit = form.handleSubmit(() => run(form.getValues()));
  // A CONFLICT carries the other user's text and the version it is stored at.
  const theirs =
    error?.kind === "CONFLICT" && error.current?.version
      ? { body: error.current.body ?? "", version: Number(error.current.version) }
      : null;

  const open = () => {
    // Start from the text as the page shows it now, which may be newer than when the form was made.
    form.reset({ laporanId, section, ...ids, ...latest });
    clearError();
    setEditing(true);
  };
  const takeTheirs = (other: { body: string; version: number }) => {
    form.reset({ ...form.getValues(), ...other });
    clearError();
  };
  const overwrite = async (other: { version: number }) => {
    form.setValue("version", other.version);
    await onSubmit();
  };

  return (
    <section
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="narrative-section"
      data-section={section}
      data-owner={ids.sasaranId ?? ids.programId ?? ids.kegiatanId ?? ""}
    >
      <div className="flex items-start justify-between gap-4">
        <h3 className="text-lg font-semibold">
          {title}
          {mandatory && <span className="ml-2 text-xs font-normal text-slate-500">wajib</span>}
        </h3>
        {canEdit && !editing && (
          <button type="button" className="text-sm text-emerald-800 hover:underline" onClick={open}>
            Ubah
          </button>
        )}
      </div>
      {!editing && <NarrativePreview body={printed(latest.body)} />}
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
                <NarrativePreview body={printed(draft)} emptyText="Teks kosong." />
              </div>
            </div>
          </div>
          {warnings.length > 0 && (
            <div
              className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
              data-testid="narrative-warnings"
            >
              <p className="font-medium">Periksa sebelum menyimpan</p>
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {warnings.map((warning) => (
                  <li key={warning} className="break-words">
                    {warning}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {systemDraft !== null && (
            <div
              className="space-y-2 rounded-md border border-sky-200 bg-sky-50 p-3"
              data-testid="narrative-draft"
            >
              <div className="flex items-center justify-between gap-4">
                <span className="text-sm font-medium">Draf dari data</span>
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => form.setValue("body", systemDraft, { shouldDirty: true })}
                >
                  Pakai draf
                </Button>
              </div>
              <NarrativePreview body={printed(systemDraft)} testId="narrative-draft-preview" />
            </div>
          )}
          <ActionError
            error={error}
            testId={theirs ? "narrative-conflict" : undefined}
            onReload={reload}
            conflict={
              theirs && (
                <>
                  <div className="rounded-md border border-amber-200 bg-white p-3">
                    <NarrativePreview body={printed(theirs.body)} emptyText="Teks mereka kosong." />
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <Button type="button" variant="secondary" onClick={() => takeTheirs(theirs)}>
                      Pakai teks mereka
                    </Button>
                    <Button
                      type="button"
                      variant="secondary"
                      disabled={pending}
                      onClick={() => overwrite(theirs)}
                    >
                      Timpa dengan teks saya
                    </Button>
                  </div>
                </>
              )
            }
          />
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              Simpan
            </Button>
            <Button type="button" variant="secondary" onClick={() => setEditing(false)}>
              Batal
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
