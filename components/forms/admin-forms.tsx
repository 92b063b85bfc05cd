"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { createBidangAction, createOpdAction, createUserAction } from "@/lib/actions/admin";
import { createBidangInput, createOpdInput, createUserInput } from "@/lib/inputs/admin";
import { ActionError } from "./action-error";
import { useMutationAction } from "./use-mutation-action";
import { keepScopeOfRole, type OpdOption, UserScopeFields } from "./user-scope-fields";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

export function CreateOpdForm() {
  const form = useForm<z.input<typeof createOpdInput>>({ resolver: zodResolver(createOpdInput) });
  const { run, pending, error } = useMutationAction(createOpdAction, { form, onSuccess: () => form.reset() });
  return (
    <form
      onSubmit={form.handleSubmit(() => run(form.getValues()))}
      className="space-y-2"
      data-testid="create-opd"
    >
      <input
        placeholder="Nama, mis. Dinas Kesehatan Kabupaten Serang"
        className={inputClass}
        {...form.register("name")}
      />
      <FieldError message={form.formState.errors.name?.message} />
      <input placeholder="Slug, mis. dinkes-serang" className={inputClass} {...form.register("slug")} />
      <FieldError message={form.formState.errors.slug?.message} />
      <ActionError error={error} />
      <Button disabled={pending}>Tambah perangkat daerah</Button>
    </form>
  );
}

export function CreateBidangForm({ opds }: { opds: { id: string; name: string }[] }) {
  const form = useForm<z.input<typeof createBidangInput>>({ resolver: zodResolver(createBidangInput) });
  const { run, pending, error } = useMutationAction(createBidangAction, {
    form,
    onSuccess: () => form.reset(),
  });
  return (
    <form onSubmit={form.handleSubmit(() => run(form.getValues()))} className="space-y-2">
      <select className={inputClass} {...form.register("opdId")}>
        {opds.map((opd) => (
          <option key={opd.id} value={opd.id}>
            {opd.name}
          </option>
        ))}
      </select>
      <input placeholder="Nama bidang" className={inputClass} {...form.register("name")} />
      <FieldError message={form.formState.errors.name?.message} />
      <ActionError error={error} />
      <Button disabled={pending}>Tambah bidang</Button>
    </form>
  );
}

type UserValues = z.input<typeof createUserInput>;

export function CreateUserForm({ opds }: { opds: OpdOption[] }) {
  const form = useForm<UserValues>({
    resolver: zodResolver(createUserInput),
    defaultValues: { role: "PERENCANA", opdId: opds[0]?.id ?? null, bidangIds: [] },
  });
  const { run, pending, error } = useMutationAction(createUserAction, {
    form,
    onSuccess: () => form.reset(),
  });
  const role = useWatch({ control: form.control, name: "role" });
  const opdId = useWatch({ control: form.control, name: "opdId" });
  const onSubmit = form.handleSubmit(() => run(keepScopeOfRole(form.getValues())));
  return (
    <form onSubmit={onSubmit} className="space-y-2" data-testid="create-user">
      <input placeholder="Nama" className={inputClass} {...form.register("name")} />
      <FieldError message={form.formState.errors.name?.message} />
      <input placeholder="Email" type="email" className={inputClass} {...form.register("email")} />
      <FieldError message={form.formState.errors.email?.message} />
      <UserScopeFields
        opds={opds}
        role={role}
        opdId={opdId}
        fields={{
          role: form.register("role"),
          opdId: form.register("opdId"),
          bidangIds: form.register("bidangIds"),
        }}
      />
      <FieldError message={form.formState.errors.opdId?.message} />
      <input
        placeholder="Kata sandi awal (minimal 12 karakter)"
        type="password"
        className={inputClass}
        {...form.register("password")}
      />
      <FieldError message={form.formState.errors.password?.message} />
      <ActionError error={error} />
      <Button disabled={pending}>Tambah pengguna</Button>
    </form>
  );
}
