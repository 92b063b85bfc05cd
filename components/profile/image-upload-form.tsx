"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ActionError } from "@/components/forms/action-error";
import { useMutationAction } from "@/components/forms/use-mutation-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { uploadAttachmentAction } from "@/lib/actions/profile";
import { uploadAttachmentInput } from "@/lib/inputs/profile";
import type { OpdProfileView } from "@/lib/views/opd-profile";
import { ImagePicker } from "./image-picker";

type Values = z.input<typeof uploadAttachmentInput>;
type Kind = Values["kind"];

/** Uploads one image of the OPD-year: the struktur organisasi, a documentation photo or a lampiran. */
export function ImageUploadForm({
  opdId,
  year,
  kind,
  owners = [],
  submitLabel,
}: {
  opdId: string;
  year: number;
  kind: Kind;
  /** DOKUMENTASI: the programs and kegiatan to choose from. */
  owners?: OpdProfileView["owners"];
  submitLabel: string;
}) {
  const defaultValues: Values = { opdId, year, kind, ownerCode: "", caption: "", file: "" };
  const form = useForm<Values, unknown, z.output<typeof uploadAttachmentInput>>({
    resolver: zodResolver(uploadAttachmentInput),
    defaultValues,
  });
  const { run, pending, error } = useMutationAction(uploadAttachmentAction, {
    form,
    onSuccess: () => form.reset(defaultValues),
  });
  const onSubmit = form.handleSubmit(() => run(form.getValues()));
  const errors = form.formState.errors;

  return (
    <form
      onSubmit={onSubmit}
      className="space-y-3 rounded-md border border-dashed border-slate-300 p-3"
      data-testid={`upload-${kind}`}
    >
      {kind === "DOKUMENTASI" && (
        <Field label="Program atau kegiatan" error={errors.ownerCode?.message}>
          <select className={inputClass} {...form.register("ownerCode")}>
            <option value="">— pilih —</option>
            {owners.map((owner) => (
              <option key={owner.code} value={owner.code}>
                {owner.code} {owner.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label="Keterangan gambar" error={errors.caption?.message}>
        <input className={inputClass} placeholder="Dicetak di bawah gambar" {...form.register("caption")} />
      </Field>
      <ImagePicker
        key={form.formState.submitCount}
        label="Berkas gambar"
        error={errors.file?.message}
        testId={`upload-${kind}-file`}
        onPick={(file, problem) => {
          form.setValue("file", file?.base64 ?? "");
          if (problem) form.setError("file", { message: problem });
          else form.clearErrors("file");
        }}
      />
      <ActionError error={error} />
      <Button type="submit" disabled={pending}>
        {pending ? "Mengunggah…" : submitLabel}
      </Button>
    </form>
  );
}
