"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { copyLkeReferenceAction, saveLkeKriteriaAction } from "@/lib/actions/lke";
import { saveLkeKriteriaInput, type SaveLkeKriteriaInput } from "@/lib/inputs/lke";
import { ActionError } from "../forms/action-error";
import { useMutationAction } from "../forms/use-mutation-action";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

/** Adds a criterion to the region's LKE (`values.id` null) or changes one. */
export function LkeKriteriaForm({ values }: { values: SaveLkeKriteriaInput }) {
  const form = useForm<SaveLkeKriteriaInput>({ resolver: zodResolver(saveLkeKriteriaInput), values });
  const { run, pending, error, reload } = useMutationAction(saveLkeKriteriaAction, { form });
  const errors = form.formState.errors;
  return (
    <form
      onSubmit={form.handleSubmit(() => run(form.getValues()))}
      className="space-y-2"
      data-testid="lke-kriteria-form"
    >
      <div className="grid gap-2 sm:grid-cols-[8rem_10rem_1fr]">
        <label className="block">
          <span className="text-sm font-medium">Kode</span>
          <input className={inputClass} readOnly={values.id !== null} {...form.register("code")} />
          <FieldError message={errors.code?.message} />
        </label>
        <label className="block">
          <span className="text-sm font-medium">Skala jawaban</span>
          <select className={inputClass} {...form.register("scale")}>
            <option value="YA_TIDAK">Y/T</option>
            <option value="A_E">A–E</option>
          </select>
        </label>
        <label className="flex items-end gap-2 pb-2 text-sm">
          <input type="checkbox" {...form.register("active")} /> Dipakai dalam penilaian
        </label>
      </div>
      <label className="block">
        <span className="text-sm font-medium">Uraian kriteria</span>
        <textarea rows={2} className={inputClass} {...form.register("text")} />
        <FieldError message={errors.text?.message} />
      </label>
      <ActionError error={error} onReload={reload} />
      <Button type="submit" disabled={pending}>
        Simpan kriteria
      </Button>
    </form>
  );
}

/** Gives the region the criteria of PermenPAN-RB 88/2021 it does not have yet. */
export function CopyLkeReferenceButton({ missing }: { missing: number }) {
  const { run, pending, error, reload } = useMutationAction(copyLkeReferenceAction);
  return (
    <div className="space-y-2">
      <Button type="button" disabled={pending} onClick={() => run({})}>
        Muat {missing} kriteria PermenPAN-RB 88/2021 yang belum ada
      </Button>
      <ActionError error={error} onReload={reload} />
    </div>
  );
}
