"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type ChangeEvent, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { createBidangAction, createOpdAction, createUserAction } from "@/lib/actions/admin";
import { createBidangInput, createOpdInput, createUserInput, slugFromName } from "@/lib/inputs/admin";
import { PASSWORD_MIN } from "@/lib/inputs/fields";
import { ActionError } from "./action-error";
import { useMutationAction } from "./use-mutation-action";
import { keepScopeOfRole, type OpdOption, UserScopeFields } from "./user-scope-fields";
import { Button } from "@/components/ui/button";
import { Field, FieldError, inputClass } from "@/components/ui/field";

/**
 * A new OPD: its name, and the address of its pages (/opd/<alamat>) written from the name until the user
 * changes it; emptying the address writes it from the name again.
 */
export function CreateOpdForm() {
  const defaultValues = { name: "", slug: "" };
  const form = useForm<z.input<typeof createOpdInput>>({
    resolver: zodResolver(createOpdInput),
    defaultValues,
  });
  const [addressTyped, setAddressTyped] = useState(false);
  const { run, pending, error } = useMutationAction(createOpdAction, {
    form,
    onSuccess: () => {
      form.reset(defaultValues);
      setAddressTyped(false);
    },
  });
  const slug = useWatch({ control: form.control, name: "slug" });
  const errors = form.formState.errors;
  return (
    <form
      onSubmit={form.handleSubmit(() => run(form.getValues()))}
      className="space-y-3"
      data-testid="create-opd"
      noValidate
    >
      <h3 className="font-semibold">Tambah perangkat daerah</h3>
      <Field label="Nama perangkat daerah" error={errors.name?.message}>
        <input
          className={inputClass}
          placeholder="mis. Dinas Kesehatan Kabupaten Serang"
          {...form.register("name", {
            onChange: (event: ChangeEvent<HTMLInputElement>) => {
              if (!addressTyped) form.setValue("slug", slugFromName(event.target.value));
            },
          })}
        />
      </Field>
      <Field
        label="Alamat halaman"
        error={errors.slug?.message}
        hint={
          <>
            Alamat halaman: <span className="font-mono">/opd/{slug || "…"}</span> — dipakai di tautan, boleh
            diubah (huruf kecil, angka dan tanda hubung).
          </>
        }
      >
        <input
          className={`${inputClass} font-mono`}
          {...form.register("slug", {
            onChange: (event: ChangeEvent<HTMLInputElement>) => {
              const typed = event.target.value !== "";
              setAddressTyped(typed);
              if (!typed) form.setValue("slug", slugFromName(form.getValues("name")));
            },
          })}
        />
      </Field>
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
  const errors = form.formState.errors;
  return (
    <form
      onSubmit={form.handleSubmit(() => run(form.getValues()))}
      className="space-y-3"
      data-testid="create-bidang"
      noValidate
    >
      <h3 className="font-semibold">Tambah bidang</h3>
      <Field label="Perangkat daerah" error={errors.opdId?.message}>
        <select className={inputClass} {...form.register("opdId")}>
          {opds.map((opd) => (
            <option key={opd.id} value={opd.id}>
              {opd.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Nama bidang" error={errors.name?.message}>
        <input
          className={inputClass}
          placeholder="mis. Bidang Rehabilitasi Sosial"
          {...form.register("name")}
        />
      </Field>
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
    <form onSubmit={onSubmit} className="space-y-3" data-testid="create-user" noValidate>
      <Field label="Nama" error={form.formState.errors.name?.message}>
        <input className={inputClass} {...form.register("name")} />
      </Field>
      <Field label="Email" error={form.formState.errors.email?.message}>
        <input type="email" className={inputClass} {...form.register("email")} />
      </Field>
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
      <Field
        label={`Kata sandi awal (minimal ${PASSWORD_MIN} karakter)`}
        error={form.formState.errors.password?.message}
      >
        <input
          type="password"
          autoComplete="new-password"
          className={inputClass}
          {...form.register("password")}
        />
      </Field>
      <ActionError error={error} />
      <Button disabled={pending}>Tambah pengguna</Button>
    </form>
  );
}
