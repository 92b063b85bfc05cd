"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { signIn } from "@/lib/actions/session";
import { signInInput } from "@/lib/inputs/sign-in";
import { buttonClass, FieldError, inputClass } from "./field-error";

export function SignInForm() {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<z.input<typeof signInInput>>({ resolver: zodResolver(signInInput) });
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await signIn(values);
    if (result) setMessage(result.message);
  });
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <label className="block">
        <span className="text-sm font-medium">Email</span>
        <input type="email" autoComplete="username" className={inputClass} {...form.register("email")} />
        <FieldError message={form.formState.errors.email?.message} />
      </label>
      <label className="block">
        <span className="text-sm font-medium">Kata sandi</span>
        <input
          type="password"
          autoComplete="current-password"
          className={inputClass}
          {...form.register("password")}
        />
        <FieldError message={form.formState.errors.password?.message} />
      </label>
      {message && (
        <p className="rounded-md bg-red-50 p-3 text-sm text-red-800" role="alert">
          {message}
        </p>
      )}
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Masuk
      </button>
    </form>
  );
}
