"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { recordTargetRevisionAction } from "@/lib/actions/perjanjian-kinerja";
import type { RevisionFormRow } from "@/lib/calc/target-revisions";
import { recordTargetRevisionInput } from "@/lib/inputs/target-revision";
import { targetRevisionKindLabel, type TargetRevisionKind } from "@/lib/vocabulary";
import { ActionError } from "@/components/forms/action-error";
import { useMutationAction } from "@/components/forms/use-mutation-action";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Field, FieldError, inputClass } from "@/components/ui/field";

type Values = z.input<typeof recordTargetRevisionInput>;

type Props = { opdId: string; year: number; kind: TargetRevisionKind; rows: RevisionFormRow[] };

/**
 * Records a PK Perubahan or a Renstra revision of the year: the document, then the new target of each
 * indicator it changes (an empty row keeps the indicator's target). A recorded revision moves the targets'
 * versions: the form starts again from the refreshed rows, so the next one is sent against them.
 */
export function RecordRevisionForm(props: Props) {
  const versions = props.rows.map((row) => `${row.indikatorId}:${row.version}`).join();
  return <RevisionForm key={versions} {...props} />;
}

function RevisionForm({ opdId, year, kind, rows }: Props) {
  const initial: Values = {
    opdId,
    kind,
    nomor: "",
    tanggal: "",
    alasan: "",
    berlakuMulai: "",
    targets: rows.map((row) => ({
      indikatorId: row.indikatorId,
      year,
      target: "",
      targetUpper: "",
      version: row.version,
    })),
  };
  const form = useForm<Values, unknown, z.output<typeof recordTargetRevisionInput>>({
    resolver: zodResolver(recordTargetRevisionInput),
    defaultValues: initial,
  });
  const { run, pending, error, reload } = useMutationAction(recordTargetRevisionAction, {
    form,
    onSuccess: () => form.reset(initial),
  });
  const errors = form.formState.errors;
  const label = targetRevisionKindLabel[kind];
  return (
    <form
      onSubmit={form.handleSubmit(() => run(form.getValues()))}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`record-revision-${kind.toLowerCase()}`}
    >
      <h2 className="text-lg font-semibold">Catat {label}</h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Nomor dokumen" error={errors.nomor?.message}>
          <input className={inputClass} {...form.register("nomor")} />
        </Field>
        <Field label="Tanggal dokumen" error={errors.tanggal?.message}>
          <DateInput className={inputClass} {...form.register("tanggal")} />
        </Field>
        <Field label="Berlaku mulai" error={errors.berlakuMulai?.message}>
          <DateInput className={inputClass} {...form.register("berlakuMulai")} />
        </Field>
      </div>
      <Field label="Alasan perubahan" error={errors.alasan?.message}>
        <textarea rows={2} className={inputClass} {...form.register("alasan")} />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">
          Target baru tahun {year} (kosongkan yang tidak berubah)
        </legend>
        <FieldError message={errors.targets?.message ?? errors.targets?.root?.message} />
        {rows.map((row, i) => (
          <div
            key={row.indikatorId}
            className="grid gap-2 border-t border-slate-100 pt-2 sm:grid-cols-[1fr_10rem_10rem]"
          >
            <div className="min-w-0 text-sm">
              <p className="break-words font-medium">{row.name}</p>
              <p className="break-words text-xs text-slate-600">
                {row.owner} · target kini {row.current}
              </p>
            </div>
            <Field
              label={row.isRange ? "Batas bawah baru" : "Target baru"}
              error={
                errors.targets?.[i]?.target?.message ??
                errors.targets?.[i]?.indikatorId?.message ??
                errors.targets?.[i]?.year?.message
              }
            >
              <input inputMode="decimal" className={inputClass} {...form.register(`targets.${i}.target`)} />
            </Field>
            {row.isRange && (
              <Field label="Batas atas baru" error={errors.targets?.[i]?.targetUpper?.message}>
                <input
                  inputMode="decimal"
                  className={inputClass}
                  {...form.register(`targets.${i}.targetUpper`)}
                />
              </Field>
            )}
          </div>
        ))}
      </fieldset>
      <ActionError error={error} onReload={reload} />
      <Button type="submit" disabled={pending}>
        Simpan {label}
      </Button>
    </form>
  );
}
