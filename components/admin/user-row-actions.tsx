"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import {
  endUserSessionsAction,
  resetPasswordAction,
  setUserActiveAction,
  updateUserAction,
} from "@/lib/actions/admin";
import { roleLabel } from "@/lib/auth/permissions";
import { roles, updateUserInput } from "@/lib/inputs/admin";
import { ActionError } from "../forms/action-error";
import { buttonClass, FieldError, inputClass, secondaryButtonClass } from "../forms/field-error";
import { useMutationAction } from "../forms/use-mutation-action";

export type OpdOption = { id: string; name: string; bidang: { id: string; name: string }[] };

export type ManagedUser = {
  id: string;
  email: string;
  name: string;
  role: (typeof roles)[number];
  opdId: string | null;
  bidangIds: string[];
  active: boolean;
  version: number;
  self: boolean;
};

type Values = z.input<typeof updateUserInput>;

function EditUserForm({ user, opds, onDone }: { user: ManagedUser; opds: OpdOption[]; onDone: () => void }) {
  const form = useForm<Values>({
    resolver: zodResolver(updateUserInput),
    defaultValues: {
      userId: user.id,
      version: user.version,
      name: user.name,
      role: user.role,
      opdId: user.opdId,
      bidangIds: user.bidangIds,
    },
  });
  const { run, pending, error, reload } = useMutationAction(updateUserAction, { form, onSuccess: onDone });
  const role = useWatch({ control: form.control, name: "role" });
  const opdId = useWatch({ control: form.control, name: "opdId" });
  const ofOpd = role === "PERENCANA" || role === "KEPALA";
  const bidang = opds.find((opd) => opd.id === opdId)?.bidang ?? [];
  const onSubmit = form.handleSubmit(() => {
    const values = form.getValues();
    return run({
      ...values,
      opdId: ofOpd ? (values.opdId ?? opds[0]?.id ?? null) : null,
      bidangIds: role === "PERENCANA" ? values.bidangIds : [],
    });
  });
  return (
    <form onSubmit={onSubmit} className="space-y-2" data-testid="edit-user" noValidate>
      <label className="block text-sm">
        <span className="font-medium">Nama</span>
        <input className={inputClass} {...form.register("name")} />
      </label>
      <FieldError message={form.formState.errors.name?.message} />
      {/* An administrator keeps their own role and scope (the server refuses a change). */}
      {!user.self && (
        <label className="block text-sm">
          <span className="font-medium">Peran</span>
          <select className={inputClass} {...form.register("role")}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabel[r]}
              </option>
            ))}
          </select>
        </label>
      )}
      {ofOpd && !user.self && (
        <label className="block text-sm">
          <span className="font-medium">Perangkat daerah</span>
          <select className={inputClass} {...form.register("opdId")}>
            {opds.map((opd) => (
              <option key={opd.id} value={opd.id}>
                {opd.name}
              </option>
            ))}
          </select>
        </label>
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
      <FieldError
        message={form.formState.errors.opdId?.message ?? form.formState.errors.bidangIds?.message}
      />
      <ActionError error={error} onReload={reload} />
      <button className={buttonClass} disabled={pending}>
        Simpan perubahan
      </button>
    </form>
  );
}

/** Edit, deactivate or reactivate, reset the password of, or end the sessions of one account. */
export function UserRowActions({ user, opds }: { user: ManagedUser; opds: OpdOption[] }) {
  const [editing, setEditing] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);
  const [ended, setEnded] = useState<number | null>(null);
  const active = useMutationAction(setUserActiveAction);
  const reset = useMutationAction(resetPasswordAction, {
    onSuccess: ({ temporaryPassword }) => setTemporary(temporaryPassword),
  });
  const sessions = useMutationAction(endUserSessionsAction, { onSuccess: ({ ended }) => setEnded(ended) });
  const pending = active.pending || reset.pending || sessions.pending;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={secondaryButtonClass} onClick={() => setEditing(!editing)}>
          {editing ? "Tutup" : "Ubah"}
        </button>
        {!user.self && (
          <>
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={pending}
              onClick={() => active.run({ userId: user.id, active: !user.active, version: user.version })}
            >
              {user.active ? "Nonaktifkan" : "Aktifkan kembali"}
            </button>
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={pending}
              onClick={() => reset.run({ userId: user.id })}
            >
              Atur ulang kata sandi
            </button>
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={pending}
              onClick={() => sessions.run({ userId: user.id })}
            >
              Akhiri semua sesi
            </button>
          </>
        )}
      </div>
      {temporary && (
        <div
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          Kata sandi sementara untuk {user.email}:{" "}
          <code
            className="rounded bg-white px-1.5 py-0.5 font-mono text-base"
            data-testid="temporary-password"
          >
            {temporary}
          </code>
          <p className="mt-1">
            Hanya ditampilkan sekali. Sampaikan langsung kepada pengguna; kata sandi ini hanya berlaku untuk
            satu kali masuk, lalu pengguna wajib memilih kata sandi baru. Semua sesinya telah diakhiri.
          </p>
        </div>
      )}
      {ended !== null && (
        <p role="status" className="text-sm text-slate-700">
          {ended} sesi diakhiri.
        </p>
      )}
      <ActionError error={active.error ?? reset.error ?? sessions.error} onReload={active.reload} />
      {editing && <EditUserForm user={user} opds={opds} onDone={() => setEditing(false)} />}
    </div>
  );
}
