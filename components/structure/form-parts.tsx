"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Decimal from "decimal.js";
import type { ReactNode } from "react";
import { type DefaultValues, type FieldPath, type FieldValues, useForm } from "react-hook-form";
import type { z } from "zod";
import { formatRupiah } from "@/lib/format";
import type { MutationError, MutationResult } from "@/lib/errors";
import { ActionError, type CurrentLabels } from "../forms/action-error";
import { useMutationAction } from "../forms/use-mutation-action";
import { Button } from "@/components/ui/button";

const rupiah = (label: string) => ({ label, show: (value: string) => formatRupiah(new Decimal(value)) });

/** The values a stale edit or delete of a program, kegiatan, sub kegiatan or rekening reports. */
export const structureLabels: CurrentLabels = {
  code: "Kode",
  name: "Nama",
  bidang: "Bidang",
  sasaranProgram: "Sasaran program",
  paguAwal: rupiah("Pagu awal"),
  paguPerubahan: rupiah("Pagu perubahan"),
};

/**
 * The skeleton of every add/edit form of the structure page (program, kegiatan, sub kegiatan, rekening,
 * tujuan, sasaran): the form validated with the server's schema, an optional check of the typed kode
 * (its message goes under the kode), the save, and closing on success or on "Muat ulang". Render the
 * fields inside `<FormFrame {...frame}>`.
 */
export function useStructureForm<Input extends FieldValues, Output extends { code: string }, Saved>({
  schema,
  defaultValues,
  action,
  onClose,
  checkCode,
  labels = structureLabels,
}: {
  schema: z.ZodType<Output, Input>;
  defaultValues: DefaultValues<NoInfer<Input>>;
  /** May take more than this form sends (one action saves both tujuan and sasaran). */
  action: (input: NoInfer<Input>) => Promise<MutationResult<Saved>>;
  onClose: () => void;
  checkCode?: (code: string) => string | null;
  labels?: CurrentLabels;
}) {
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(schema), defaultValues });
  const { run, pending, error, reload } = useMutationAction(action, { form, onSuccess: onClose });
  const onSubmit = form.handleSubmit(async (values) => {
    const problem = checkCode?.(values.code);
    if (problem) return form.setError("code" as FieldPath<Input>, { message: problem });
    await run(form.getValues());
  });
  const onReload = () => {
    reload();
    onClose();
  };
  return { form, frame: { onSubmit, onClose, pending, error, onReload, labels } };
}

/** The frame of every add/edit form of the structure page: title, fields, the server's refusal, Simpan and Batal. */
export function FormFrame({
  title,
  testId,
  onSubmit,
  onClose,
  pending,
  error,
  onReload,
  labels,
  children,
}: {
  title: string;
  testId: string;
  onSubmit: () => void;
  onClose: () => void;
  pending: boolean;
  error: MutationError | null;
  onReload: () => void;
  labels: CurrentLabels;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={onSubmit}
      className="space-y-3 rounded-md border border-emerald-200 bg-emerald-50/40 p-4"
      data-testid={testId}
      noValidate
    >
      <p className="text-sm font-semibold text-emerald-900">{title}</p>
      {children}
      <ActionError error={error} labels={labels} onReload={onReload} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          Simpan
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Batal
        </Button>
      </div>
    </form>
  );
}
