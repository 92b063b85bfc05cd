"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { ActionError } from "@/components/forms/action-error";
import { useMutationAction } from "@/components/forms/use-mutation-action";
import { Button } from "@/components/ui/button";
import { Field, FieldError, inputClass } from "@/components/ui/field";
import { FilePicker, readFileBase64 } from "@/components/ui/file-picker";
import { uploadBuktiAction } from "@/lib/actions/bukti";
import { evidenceLimits } from "@/lib/files/evidence-type";
import { type BuktiTargetKind, uploadBuktiInput } from "@/lib/inputs/bukti";
import { formatFileSize } from "@/lib/inputs/image";
import type { BuktiFocus, BuktiPage } from "@/lib/views/bukti";
import { quarterLabel } from "@/lib/vocabulary";

type Values = z.input<typeof uploadBuktiInput>;

const targetLabel: Record<BuktiTargetKind, string> = {
  REALISASI_INDIKATOR: "Realisasi indikator per triwulan",
  SUB_KEGIATAN: "Sub kegiatan (termasuk foto dokumentasi)",
  CATATAN_REVIU: "Catatan reviu",
  KRITERIA_LKE: "Kriteria LKE",
};

/**
 * Uploads one bukti dukung: to the target the page was opened for, or to one chosen here. A file over
 * 25 MB is refused before it is read; its type is checked from its bytes by the schema, here and on
 * the server.
 */
export function BuktiUploadForm({
  opdId,
  year,
  focus,
  options,
}: {
  opdId: string;
  year: number;
  focus: BuktiFocus | null;
  options: BuktiPage["options"];
}) {
  const defaultValues: Values = {
    opdId,
    year,
    target: focus?.target ?? "REALISASI_INDIKATOR",
    targetId: focus?.targetId ?? "",
    triwulan: focus?.triwulan ?? null,
    lkeCode: focus?.lkeCode ?? "",
    file: { name: "", base64: "" },
  };
  const form = useForm<Values, unknown, z.output<typeof uploadBuktiInput>>({
    resolver: zodResolver(uploadBuktiInput),
    defaultValues,
  });
  const { run, pending, error } = useMutationAction(uploadBuktiAction, {
    form,
    onSuccess: () => form.reset(defaultValues),
  });
  const onSubmit = form.handleSubmit(() => run(form.getValues()));
  const errors = form.formState.errors;
  const target = useWatch({ control: form.control, name: "target" });
  const choices =
    target === "REALISASI_INDIKATOR"
      ? options.indicators
      : target === "SUB_KEGIATAN"
        ? options.subKegiatan
        : options.notes;

  const choose = async (file: File | undefined) => {
    form.clearErrors("file");
    if (!file) return form.setValue("file", { name: "", base64: "" });
    if (file.size > evidenceLimits.fileBytes) {
      form.setValue("file", { name: "", base64: "" });
      return form.setError("file", {
        message: `Berkas ${file.name} ditolak: ukurannya ${formatFileSize(file.size)}, paling besar ${formatFileSize(evidenceLimits.fileBytes)}`,
      });
    }
    form.setValue("file", { name: file.name, base64: await readFileBase64(file) });
  };

  return (
    <form onSubmit={onSubmit} className="space-y-3" data-testid="bukti-upload">
      {focus ? (
        <p className="text-sm" data-testid="bukti-focus">
          Untuk: <span className="font-medium">{focus.label}</span>
        </p>
      ) : (
        <>
          <Field label="Bukti untuk" error={errors.target?.message}>
            <select
              className={inputClass}
              {...form.register("target", { onChange: () => form.setValue("targetId", "") })}
            >
              {(Object.keys(targetLabel) as BuktiTargetKind[]).map((kind) => (
                <option key={kind} value={kind}>
                  {targetLabel[kind]}
                </option>
              ))}
            </select>
          </Field>
          {target === "KRITERIA_LKE" ? (
            <Field label="Kode kriteria LKE" error={errors.lkeCode?.message}>
              <input className={inputClass} placeholder="misalnya 1.a.3" {...form.register("lkeCode")} />
            </Field>
          ) : (
            <Field label={targetLabel[target]} error={errors.targetId?.message}>
              <select className={inputClass} {...form.register("targetId")}>
                <option value="">— pilih —</option>
                {choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {target === "REALISASI_INDIKATOR" && (
            <Field label="Triwulan" error={errors.triwulan?.message}>
              <select
                className={inputClass}
                {...form.register("triwulan", {
                  setValueAs: (v) => (v === "" || v === null ? null : Number(v)),
                })}
              >
                <option value="">— pilih —</option>
                {([1, 2, 3, 4] as const).map((quarter) => (
                  <option key={quarter} value={quarter}>
                    {quarterLabel(quarter)}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </>
      )}
      <div>
        <FilePicker
          key={form.formState.submitCount}
          label="Berkas"
          accept=".pdf,.jpg,.jpeg,.png,.xlsx,.docx,application/pdf,image/jpeg,image/png"
          hint={`PDF, JPEG, PNG, Excel (.xlsx) atau Word (.docx), paling besar ${formatFileSize(evidenceLimits.fileBytes)}.`}
          testId="bukti-file"
          onChoose={(file) => void choose(file)}
        />
        <FieldError message={errors.file?.message ?? errors.file?.base64?.message} />
      </div>
      <ActionError error={error} />
      <Button type="submit" disabled={pending}>
        {pending ? "Mengunggah…" : "Unggah bukti"}
      </Button>
    </form>
  );
}
