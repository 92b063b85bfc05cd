import type { ReactNode } from "react";
import type { MutationError } from "@/lib/errors";
import { Button } from "@/components/ui/button";

/**
 * Which values of a CONFLICT's `current` are shown, in this order, under what name; `show` writes a
 * stored value the way the user reads it (e.g. "82380000.00" as "Rp 82.380.000").
 */
export type CurrentLabels = Record<string, string | { label: string; show: (value: string) => string }>;

/**
 * The one way a server's refusal is shown: its message, any field messages that have no field on the
 * form, and for a CONFLICT the record as the other user left it (`labels`) with "Muat ulang" (`onReload`),
 * or the caller's own view of it (`conflict`).
 */
export function ActionError({
  error,
  labels = {},
  onReload,
  conflict,
  testId = "action-error",
}: {
  error: MutationError | null;
  labels?: CurrentLabels;
  onReload?: () => void;
  /** For a CONFLICT, shown instead of the current values and "Muat ulang". */
  conflict?: ReactNode;
  testId?: string;
}) {
  if (!error) return null;
  const tone =
    error.kind === "CONFLICT" || error.kind === "LOCKED"
      ? "border-amber-300 bg-amber-50 text-amber-900"
      : "border-red-200 bg-red-50 text-red-800";
  // A grid's message already lists its cells' messages; they are not repeated.
  const fieldMessages = Object.values(error.fields ?? {}).filter(
    (message) => !error.message.includes(message),
  );
  const current = Object.entries(labels).flatMap(([key, label]) => {
    const value = error.current?.[key];
    if (value === undefined) return [];
    const [name, text] =
      typeof label === "string" ? [label, value] : [label.label, value === null ? null : label.show(value)];
    return [{ key, name, text: text ?? "—" }];
  });
  return (
    <div
      className={`w-full space-y-2 rounded-md border p-3 text-sm ${tone}`}
      role="alert"
      data-error-kind={error.kind}
      data-testid={testId}
    >
      <p className="whitespace-pre-line">{error.message}</p>
      {fieldMessages.length > 0 && (
        <ul className="list-disc pl-5">
          {fieldMessages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {error.kind === "CONFLICT" &&
        (conflict ?? (
          <>
            {current.length > 0 && (
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5" data-testid="conflict-current">
                {current.map(({ key, name, text }) => (
                  <div key={key} className="contents">
                    <dt className="font-medium">{name}</dt>
                    <dd>{text}</dd>
                  </div>
                ))}
              </dl>
            )}
            {onReload && (
              <Button type="button" variant="secondary" onClick={onReload}>
                Muat ulang
              </Button>
            )}
          </>
        ))}
    </div>
  );
}
