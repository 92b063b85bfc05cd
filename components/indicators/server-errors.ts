import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

type Failure = { message: string; fields?: Record<string, string> };

/**
 * Puts the server's per-field messages under the form's own fields; returns the message to show above
 * the form when some of the failure has no field there (or none was given).
 */
export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: Failure,
  formFields: readonly Path<T>[],
): string | null {
  let placed = 0;
  for (const [field, message] of Object.entries(error.fields ?? {})) {
    const known = formFields.find((f) => f === field);
    if (known) {
      setError(known, { message });
      placed += 1;
    }
  }
  return placed > 0 && placed === Object.keys(error.fields ?? {}).length ? null : error.message;
}
