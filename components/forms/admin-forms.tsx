"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { createBidangAction, createOpdAction, createUserAction } from "@/lib/actions/admin";
import { roleLabel } from "@/lib/auth/permissions";
import { createBidangInput, createOpdInput, createUserInput, roles } from "@/lib/inputs/admin";
import type { MutationResult } from "@/lib/server/mutations/define-mutation";
import { buttonClass, FieldError, inputClass } from "./field-error";

function useSubmit<Values>(action: (values: Values) => Promise<MutationResult<unknown>>, onDone: () => void) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (values: Values) => {
    setMessage(null);
    const result = await action(values);
    if (!result.ok) return setMessage(Object.values(result.error.fields ?? {})[0] ?? result.error.message);
    onDone();
    router.refresh();
  };
  return { message, submit };
}

const Message = ({ text }: { text: string | null }) =>
  text ? (
    <p className="text-sm text-red-800" role="alert">
      {text}
    </p>
  ) : null;

export function CreateOpdForm() {
  const form = useForm<z.input<typeof createOpdInput>>({ resolver: zodResolver(createOpdInput) });
  const { message, submit } = useSubmit(createOpdAction, () => form.reset());
  return (
    <form
      onSubmit={form.handleSubmit(() => submit(form.getValues()))}
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
      <Message text={message} />
      <button className={buttonClass}>Tambah perangkat daerah</button>
    </form>
  );
}

export function CreateBidangForm({ opds }: { opds: { id: string; name: string }[] }) {
  const form = useForm<z.input<typeof createBidangInput>>({ resolver: zodResolver(createBidangInput) });
  const { message, submit } = useSubmit(createBidangAction, () => form.reset());
  return (
    <form onSubmit={form.handleSubmit(() => submit(form.getValues()))} className="space-y-2">
      <select className={inputClass} {...form.register("opdId")}>
        {opds.map((opd) => (
          <option key={opd.id} value={opd.id}>
            {opd.name}
          </option>
        ))}
      </select>
      <input placeholder="Nama bidang" className={inputClass} {...form.register("name")} />
      <FieldError message={form.formState.errors.name?.message} />
      <Message text={message} />
      <button className={buttonClass}>Tambah bidang</button>
    </form>
  );
}

type UserValues = z.input<typeof createUserInput>;

export function CreateUserForm({
  opds,
}: {
  opds: { id: string; name: string; bidang: { id: string; name: string }[] }[];
}) {
  const form = useForm<UserValues>({
    resolver: zodResolver(createUserInput),
    defaultValues: { role: "PERENCANA", opdId: opds[0]?.id ?? null, bidangIds: [] },
  });
  const { message, submit } = useSubmit(createUserAction, () => form.reset());
  const role = useWatch({ control: form.control, name: "role" });
  const opdId = useWatch({ control: form.control, name: "opdId" });
  const ofOpd = role === "PERENCANA" || role === "KEPALA";
  const bidang = opds.find((opd) => opd.id === opdId)?.bidang ?? [];
  const onSubmit = form.handleSubmit(() => {
    const values = form.getValues();
    return submit({
      ...values,
      opdId: ofOpd ? values.opdId : null,
      bidangIds: role === "PERENCANA" ? values.bidangIds : [],
    });
  });
  return (
    <form onSubmit={onSubmit} className="space-y-2" data-testid="create-user">
      <input placeholder="Nama" className={inputClass} {...form.register("name")} />
      <FieldError message={form.formState.errors.name?.message} />
      <input placeholder="Email" type="email" className={inputClass} {...form.register("email")} />
      <FieldError message={form.formState.errors.email?.message} />
      <select className={inputClass} {...form.register("role")}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {roleLabel[r]}
          </option>
        ))}
      </select>
      {ofOpd && (
        <select className={inputClass} {...form.register("opdId")}>
          {opds.map((opd) => (
            <option key={opd.id} value={opd.id}>
              {opd.name}
            </option>
          ))}
        </select>
      )}
      {role === "PERENCANA" && bidang.length > 0 && (
        <fieldset className="text-sm">
          <legend className="font-medium">Batasi ke bidang (kosong = seluruh perangkat daerah)</legend>
          {bidang.map((b) => (
            <label key={b.id} className="mr-4 inline-flex items-center gap-1">
              <input type="checkbox" value={b.id} {...form.register("bidangIds")} /> {b.name}
            </label>
          ))}
        </fieldset>
      )}
      <FieldError message={form.formState.errors.opdId?.message} />
      <input
        placeholder="Kata sandi awal (minimal 12 karakter)"
        type="password"
        className={inputClass}
        {...form.register("password")}
      />
      <FieldError message={form.formState.errors.password?.message} />
      <Message text={message} />
      <button className={buttonClass}>Tambah pengguna</button>
    </form>
  );
}
