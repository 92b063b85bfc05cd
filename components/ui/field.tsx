import type { ReactNode } from "react";

export const inputClass =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-emerald-600 focus:outline-none focus:ring-1 focus:ring-emerald-600";

/** Why a field's value was refused, under the field; nothing when it was not. */
export function FieldError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p className="mt-1 text-sm text-red-700" role="alert">
      {message}
    </p>
  );
}

/**
 * A labelled input (the label wraps it, so it names the input) with a hint (what the value is for) and its
 * error underneath.
 */
export function Field({
  label,
  error,
  hint,
  className = "",
  children,
}: {
  label: string;
  error?: string;
  hint?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label className="block">
        <span className="text-sm font-medium">{label}</span>
        {children}
      </label>
      {hint && <p className="mt-1 break-words text-xs text-slate-600">{hint}</p>}
      <FieldError message={error} />
    </div>
  );
}
