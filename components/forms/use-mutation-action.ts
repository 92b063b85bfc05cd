import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldPath, FieldValues, UseFormGetValues, UseFormSetError } from "react-hook-form";
import type { MutationError, MutationResult } from "@/lib/errors";

/** The part of a react-hook-form instance that takes the server's per-field messages. */
export type FieldErrorTarget<Values extends FieldValues> = {
  getValues: UseFormGetValues<Values>;
  setError: UseFormSetError<Values>;
};

type MutationActionOptions<Output, Values extends FieldValues> = {
  /** Its fields show the server's messages for them. */
  form?: FieldErrorTarget<Values>;
  /** Re-render the page with fresh server data after a success (default true). */
  refresh?: boolean;
  onSuccess?: (value: Output) => void;
};

/** The action threw instead of answering: the network dropped, or the server failed outside the mutation. */
const unreachableError: MutationError = {
  kind: "INTERNAL",
  message:
    "Server tidak dapat dihubungi atau gagal menjawab; perubahan belum tentu tersimpan. Muat ulang halaman lalu coba lagi.",
};

/**
 * The one way a client component calls a server action (a registry mutation). `run(input)` sends the
 * input; forms send their raw values (`form.getValues()`), which the server parses with the form's own
 * schema. On success `onSuccess(value)` runs and the page is refreshed. On failure the messages for
 * fields the form holds go under those fields, and the rest is `error` (show it with ActionError);
 * `reload` clears it and refreshes the page, e.g. to see the other user's values after a CONFLICT.
 */
export function useMutationAction<Input, Output, Values extends FieldValues = FieldValues>(
  action: (input: Input) => Promise<MutationResult<Output>>,
  { form, refresh = true, onSuccess }: MutationActionOptions<Output, Values> = {},
) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<MutationError | null>(null);

  const run = async (input: Input): Promise<void> => {
    setError(null);
    setPending(true);
    let result: MutationResult<Output>;
    try {
      result = await action(input);
    } catch (thrown) {
      console.error(thrown);
      result = { ok: false, error: unreachableError };
    } finally {
      setPending(false);
    }
    if (!result.ok) {
      setError(form ? placeFieldErrors(form, result.error) : result.error);
      return;
    }
    onSuccess?.(result.value);
    if (refresh) router.refresh();
  };

  const clearError = () => setError(null);
  const reload = () => {
    setError(null);
    router.refresh();
  };
  return { run, pending, error, clearError, reload };
}

/**
 * Sets each field message of `error` on the form field of that name, when the form holds such a value;
 * returns what is left to show: null when every message found its field, else the error with only the
 * messages that did not.
 */
export function placeFieldErrors<Values extends FieldValues>(
  form: FieldErrorTarget<Values>,
  error: MutationError,
): MutationError | null {
  const messages = Object.entries(error.fields ?? {});
  const isField = (name: string) => form.getValues(name as FieldPath<Values>) !== undefined;
  const placed = messages.filter(([name]) => isField(name));
  for (const [name, message] of placed) {
    form.setError(name as FieldPath<Values>, { type: "server", message });
  }
  const rest = messages.filter(([name]) => !isField(name));
  if (placed.length > 0 && rest.length === 0) return null;
  return { ...error, fields: rest.length > 0 ? Object.fromEntries(rest) : undefined };
}
