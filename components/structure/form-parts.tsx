"use client";

import Decimal from "decimal.js";
import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { formatRupiah } from "@/lib/format";
import type { MutationError, MutationResult } from "@/lib/server/mutations/define-mutation";
import { buttonClass, FieldError } from "../forms/field-error";

export const secondaryButtonClass =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 hover:bg-slate-50 disabled:opacity-50";
export const linkButtonClass =
  "rounded px-1.5 py-0.5 text-xs font-medium text-emerald-800 hover:bg-emerald-50 disabled:cursor-not-allowed disabled:text-slate-400 disabled:hover:bg-transparent";

export function Field({
  label,
  error,
  className = "",
  children,
}: {
  label: string;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label className="block">
        <span className="text-sm font-medium">{label}</span>
        {children}
      </label>
      <FieldError message={error} />
    </div>
  );
}

const currentLabel: Record<string, string> = {
  code: "Kode",
  name: "Nama",
  bidang: "Bidang",
  sasaranProgram: "Sasaran program",
  paguAwal: "Pagu awal",
  paguPerubahan: "Pagu perubahan",
  version: "Versi",
};

const moneyKeys = new Set(["paguAwal", "paguPerubahan"]);

/** A value of `current` as the planner reads it: money in rupiah, nothing as "—". */
function showCurrent(key: string, value: string | null): string {
  if (value === null) return "—";
  return moneyKeys.has(key) && /^\d+(\.\d+)?$/.test(value) ? formatRupiah(new Decimal(value)) : value;
}

/**
 * A refusal from the server: LOCKED, FORBIDDEN, INVALID (e.g. a kode already used) as the message; a
 * CONFLICT also lists the values the item has now and offers to load them.
 */
export function ServerError({ error, onReload }: { error: MutationError | null; onReload?: () => void }) {
  if (!error) return null;
  const tone =
    error.kind === "CONFLICT" || error.kind === "LOCKED"
      ? "border-amber-300 bg-amber-50 text-amber-900"
      : "border-red-200 bg-red-50 text-red-800";
  return (
    <div className={`w-full rounded-md border p-3 text-sm ${tone}`} role="alert" data-error-kind={error.kind}>
      <p>{error.message}</p>
      {error.kind === "CONFLICT" && error.current && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5" data-testid="conflict-current">
          {Object.entries(error.current)
            .filter(([key]) => key !== "version")
            .map(([key, value]) => (
              <div key={key} className="contents">
                <dt className="font-medium">{currentLabel[key] ?? key}</dt>
                <dd>{showCurrent(key, value)}</dd>
              </div>
            ))}
        </dl>
      )}
      {error.kind === "CONFLICT" && onReload && (
        <button type="button" className={`${secondaryButtonClass} mt-2`} onClick={onReload}>
          Muat data terbaru
        </button>
      )}
    </div>
  );
}

/**
 * Sends the form's raw values to a server action. Field errors from the server go under their fields;
 * anything else is shown as the form's message. On success the page is refreshed and `onDone` runs.
 */
export function useStructureSubmit<Values extends FieldValues, Transformed, Output>(
  form: UseFormReturn<Values, unknown, Transformed>,
  action: (values: Values) => Promise<MutationResult<Output>>,
  onDone: (value: Output) => void,
) {
  const router = useRouter();
  const [error, setError] = useState<MutationError | null>(null);
  const submit = async () => {
    setError(null);
    const result = await action(form.getValues());
    if (result.ok) {
      onDone(result.value);
      router.refresh();
      return;
    }
    const fields = Object.entries(result.error.fields ?? {}).filter(([key]) => key in form.getValues());
    for (const [key, message] of fields) form.setError(key as Path<Values>, { type: "server", message });
    if (fields.length === 0) setError(result.error);
  };
  const reload = () => {
    setError(null);
    router.refresh();
  };
  return { error, submit, reload };
}

/** The frame of every add/edit form of the structure page: title, fields, Simpan and Batal. */
export function FormFrame({
  title,
  testId,
  onSubmit,
  onClose,
  busy,
  children,
}: {
  title: string;
  testId: string;
  onSubmit: () => void;
  onClose: () => void;
  busy: boolean;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={onSubmit}
      className="space-y-3 rounded-md border border-emerald-200 bg-emerald-50/40 p-4"
      data-testid={testId}
      noValidate
    >
      <p className="text-sm font-semibold text-emerald-900">{title}</p>
      {children}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass} disabled={busy}>
          Simpan
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onClose}>
          Batal
        </button>
      </div>
    </form>
  );
}
