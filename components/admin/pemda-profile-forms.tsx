"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ActionError } from "@/components/forms/action-error";
import { useMutationAction } from "@/components/forms/use-mutation-action";
import { ImagePicker } from "@/components/profile/image-picker";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { savePemdaHeadAction, uploadPemdaLogoAction } from "@/lib/actions/profile";
import { savePemdaHeadInput, uploadPemdaLogoInput } from "@/lib/inputs/profile";

type HeadValues = z.input<typeof savePemdaHeadInput>;

/** The kepala daerah: Pihak Kedua of every Perjanjian Kinerja that names no other ("Bupati Serang"). */
export function PemdaHeadForm({
  headName,
  headTitle,
}: {
  headName: string | null;
  headTitle: string | null;
}) {
  const form = useForm<HeadValues, unknown, z.output<typeof savePemdaHeadInput>>({
    resolver: zodResolver(savePemdaHeadInput),
    defaultValues: {
      headName: headName ?? "",
      headTitle: headTitle ?? "",
      previous: { headName, headTitle },
    },
  });
  const { run, pending, error, reload } = useMutationAction(savePemdaHeadAction, { form });
  const onSubmit = form.handleSubmit(() => run(form.getValues()));
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} className="space-y-3 text-sm" data-testid="pemda-head-form">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Nama kepala daerah" error={errors.headName?.message}>
          <input className={inputClass} {...form.register("headName")} />
        </Field>
        <Field label="Jabatan" error={errors.headTitle?.message}>
          <input className={inputClass} placeholder="mis. Bupati Serang" {...form.register("headTitle")} />
        </Field>
      </div>
      <ActionError error={error} onReload={reload} labels={{ headName: "Nama", headTitle: "Jabatan" }} />
      <Button type="submit" disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan kepala daerah"}
      </Button>
    </form>
  );
}

type LogoValues = z.input<typeof uploadPemdaLogoInput>;

/** The region's logo on the LKIP cover: uploaded (replacing the previous one) with its caption. */
export function PemdaLogoForm({ hasLogo }: { hasLogo: boolean }) {
  const defaultValues: LogoValues = { caption: "", file: "" };
  const form = useForm<LogoValues, unknown, z.output<typeof uploadPemdaLogoInput>>({
    resolver: zodResolver(uploadPemdaLogoInput),
    defaultValues,
  });
  const { run, pending, error } = useMutationAction(uploadPemdaLogoAction, {
    form,
    onSuccess: () => form.reset(defaultValues),
  });
  const onSubmit = form.handleSubmit(() => run(form.getValues()));
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} className="space-y-3 text-sm" data-testid="pemda-logo-form">
      <Field label="Keterangan logo" error={errors.caption?.message}>
        <input
          className={inputClass}
          placeholder="mis. Lambang Kabupaten Serang"
          {...form.register("caption")}
        />
      </Field>
      <ImagePicker
        key={form.formState.submitCount}
        label="Berkas logo"
        error={errors.file?.message}
        testId="pemda-logo-file"
        onPick={(file, problem) => {
          form.setValue("file", file?.base64 ?? "");
          if (problem) form.setError("file", { message: problem });
          else form.clearErrors("file");
        }}
      />
      <ActionError error={error} />
      <Button type="submit" disabled={pending}>
        {pending ? "Mengunggah…" : hasLogo ? "Ganti logo" : "Unggah logo"}
      </Button>
    </form>
  );
}
