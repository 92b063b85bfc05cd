"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { changePasswordAction } from "@/lib/actions/account";
import { changePasswordInput } from "@/lib/inputs/change-password";
import { buttonClass, FieldError, inputClass } from "./field-error";

type Values = z.input<typeof changePasswordInput>;

const fields: { name: keyof Values; label: string; autoComplete: string }[] = [
  { name: "currentPassword", label: "Kata sandi saat ini", autoComplete: "current-password" },
  { name: "newPassword", label: "Kata sandi baru (minimal 12 karakter)", autoComplete: "new-password" },
  { name: "confirmPassword", label: "Ulangi kata sandi baru", autoComplete: "new-password" },
];

export function ChangePasswordForm() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(changePasswordInput) });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await changePasswordAction(values);
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    form.reset({ currentPassword: "", newPassword: "", confirmPassword: "" });
    setMessage({ ok: true, text: "Kata sandi diganti. Sesi di perangkat lain telah diakhiri." });
  });
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {fields.map((field) => (
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
      {message && (
        <p
          role="status"
          className={`rounded-md p-3 text-sm ${message.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
        >
          {message.text}
        </p>
      )}
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Ganti kata sandi
      </button>
    </form>
  );
}
