"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { changePasswordAction } from "@/lib/actions/account";
import { changePasswordInput } from "@/lib/inputs/change-password";
import { ActionError } from "./action-error";
import { useMutationAction } from "./use-mutation-action";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

type Values = z.input<typeof changePasswordInput>;

const fields: { name: keyof Values; label: string; autoComplete: string }[] = [
  { name: "currentPassword", label: "Kata sandi saat ini", autoComplete: "current-password" },
  { name: "newPassword", label: "Kata sandi baru (minimal 12 karakter)", autoComplete: "new-password" },
  { name: "confirmPassword", label: "Ulangi kata sandi baru", autoComplete: "new-password" },
];

/**
 * `temporary`: right after a reset, the temporary password was spent signing in and is not asked again;
 * once replaced, the app opens on `returnPath` (the page that was asked for), else on the home page.
 */
export function ChangePasswordForm({
  temporary = false,
  returnPath = null,
}: {
  temporary?: boolean;
  returnPath?: string | null;
}) {
  const router = useRouter();
  const [changed, setChanged] = useState(false);
  const form = useForm<Values>({ resolver: zodResolver(changePasswordInput) });
  // Nothing on the page shows the password, so there is nothing to refresh; after a reset the app opens.
  const { run, pending, error } = useMutationAction(changePasswordAction, {
    form,
    refresh: false,
    onSuccess: () => {
      if (temporary) return router.push(returnPath ?? "/");
      form.reset({ currentPassword: "", newPassword: "", confirmPassword: "" });
      setChanged(true);
    },
  });
  const onSubmit = form.handleSubmit(() => {
    setChanged(false);
    return run(form.getValues());
  });
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {fields
        .filter((field) => !temporary || field.name !== "currentPassword")
        .map((field) => (
          <label key={field.name} className="block">
            <span className="text-sm font-medium">{field.label}</span>
            <input
              type="password"
              autoComplete={field.autoComplete}
              className={inputClass}
              {...form.register(field.name)}
            />
            <FieldError message={form.formState.errors[field.name]?.message} />
          </label>
        ))}
      <ActionError error={error} />
      {changed && (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          Kata sandi diganti. Sesi di perangkat lain telah diakhiri.
        </p>
      )}
      <Button type="submit" disabled={pending}>
        Ganti kata sandi
      </Button>
    </form>
  );
}
