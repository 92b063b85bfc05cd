"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { signIn } from "@/lib/actions/session";
import { signInInput } from "@/lib/inputs/sign-in";
import type { MutationError } from "@/lib/errors";
import { ActionError } from "./action-error";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

/**
 * Not on useMutationAction: signing in is no registry mutation; it answers only a refusal and
 * otherwise redirects (to `returnPath`, the page that asked for sign-in), so there is no result to
 * handle and no page to refresh.
 */
export function SignInForm({ returnPath }: { returnPath: string | null }) {
  const [error, setError] = useState<MutationError | null>(null);
  const form = useForm<z.input<typeof signInInput>>({ resolver: zodResolver(signInInput) });
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const refusal = await signIn(values, returnPath);
    if (refusal) setError({ kind: "UNAUTHENTICATED", message: refusal.message });
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
      <ActionError error={error} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        Masuk
      </Button>
    </form>
  );
}
