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
import { type roles, updateUserInput } from "@/lib/inputs/admin";
import { ActionError } from "../forms/action-error";
import { useMutationAction } from "../forms/use-mutation-action";
import { keepScopeOfRole, type OpdOption, UserScopeFields } from "../forms/user-scope-fields";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

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
  const onSubmit = form.handleSubmit(() => run(keepScopeOfRole(form.getValues())));
  return (
    <form onSubmit={onSubmit} className="space-y-2" data-testid="edit-user" noValidate>
      <label className="block text-sm">
        <span className="font-medium">Nama</span>
        <input className={inputClass} {...form.register("name")} />
      </label>
      <FieldError message={form.formState.errors.name?.message} />
      {/* An administrator keeps their own role and scope (the server refuses a change). */}
      <UserScopeFields
        opds={opds}
        role={role}
        opdId={opdId}
        fields={{
          role: user.self ? undefined : form.register("role"),
          opdId: form.register("opdId"),
          bidangIds: form.register("bidangIds"),
        }}
      />
      <FieldError
        message={form.formState.errors.opdId?.message ?? form.formState.errors.bidangIds?.message}
      />
      <ActionError error={error} onReload={reload} />
      <Button disabled={pending}>Simpan perubahan</Button>
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
        <Button type="button" variant="secondary" onClick={() => setEditing(!editing)}>
          {editing ? "Tutup" : "Ubah"}
        </Button>
        {!user.self && (
          <>
            <Button
              type="button"
              variant="secondary"
              disabled={pending}
              onClick={() => active.run({ userId: user.id, active: !user.active, version: user.version })}
            >
              {user.active ? "Nonaktifkan" : "Aktifkan kembali"}
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={pending}
              onClick={() => reset.run({ userId: user.id })}
            >
              Atur ulang kata sandi
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={pending}
              onClick={() => sessions.run({ userId: user.id })}
            >
              Akhiri semua sesi
            </Button>
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
