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
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
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

type AccountAction = "active" | "reset" | "sessions";

/** What each account action asks and tells before it acts, naming the account. */
function confirmation(action: AccountAction, user: ManagedUser) {
  const account = `${user.name} (${user.email})`;
  switch (action) {
    case "active":
      return user.active
        ? {
            title: `Nonaktifkan ${account}?`,
            confirmLabel: "Ya, nonaktifkan",
            danger: true,
            text: "Semua sesinya berakhir saat ini juga dan ia tidak dapat masuk lagi sampai akunnya diaktifkan kembali. Data dan jejak auditnya tetap.",
          }
        : {
            title: `Aktifkan kembali ${account}?`,
            confirmLabel: "Ya, aktifkan kembali",
            danger: false,
            text: "Ia dapat masuk lagi dengan kata sandinya, dengan peran dan cakupan yang tercatat.",
          };
    case "reset":
      return {
        title: `Atur ulang kata sandi ${account}?`,
        confirmLabel: "Ya, atur ulang kata sandi",
        danger: true,
        text: "Kata sandinya sekarang tidak berlaku lagi dan semua sesinya berakhir. Anda akan melihat kata sandi sementara satu kali untuk disampaikan langsung kepadanya; ia wajib menggantinya saat masuk.",
      };
    case "sessions":
      return {
        title: `Akhiri semua sesi ${account}?`,
        confirmLabel: "Ya, akhiri semua sesi",
        danger: true,
        text: "Ia keluar dari semua perangkat dan harus masuk lagi dengan kata sandinya.",
      };
  }
}

/**
 * Edit, deactivate or reactivate, reset the password of, or end the sessions of one account; each of the
 * last three asks first in a dialog naming the account.
 */
export function UserRowActions({ user, opds }: { user: ManagedUser; opds: OpdOption[] }) {
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState<AccountAction | null>(null);
  const [temporary, setTemporary] = useState<string | null>(null);
  const [ended, setEnded] = useState<number | null>(null);
  const done = () => setAsking(null);
  const active = useMutationAction(setUserActiveAction, { onSuccess: done });
  const reset = useMutationAction(resetPasswordAction, {
    onSuccess: ({ temporaryPassword }) => {
      done();
      setTemporary(temporaryPassword);
    },
  });
  const sessions = useMutationAction(endUserSessionsAction, {
    onSuccess: ({ ended }) => {
      done();
      setEnded(ended);
    },
  });
  const actions = { active, reset, sessions };
  const pending = active.pending || reset.pending || sessions.pending;
  const ask = (action: AccountAction) => {
    actions[action].clearError();
    setAsking(action);
  };
  const confirm = (action: AccountAction) => {
    if (action === "active")
      void active.run({ userId: user.id, active: !user.active, version: user.version });
    if (action === "reset") void reset.run({ userId: user.id });
    if (action === "sessions") void sessions.run({ userId: user.id });
  };
  const question = asking && confirmation(asking, user);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={() => setEditing(!editing)}>
          {editing ? "Tutup" : "Ubah"}
        </Button>
        {!user.self && (
          <>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => ask("active")}>
              {user.active ? "Nonaktifkan" : "Aktifkan kembali"}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => ask("reset")}>
              Atur ulang kata sandi
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => ask("sessions")}>
              Akhiri semua sesi
            </Button>
          </>
        )}
      </div>
      {asking && question && (
        <ConfirmDialog
          title={question.title}
          confirmLabel={question.confirmLabel}
          danger={question.danger}
          pending={pending}
          onConfirm={() => confirm(asking)}
          onClose={done}
        >
          <p className="text-sm text-slate-700">{question.text}</p>
          <ActionError error={actions[asking].error} onReload={actions[asking].reload} />
        </ConfirmDialog>
      )}
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
      {editing && <EditUserForm user={user} opds={opds} onDone={() => setEditing(false)} />}
    </div>
  );
}
