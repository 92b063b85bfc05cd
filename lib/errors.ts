/**
 * Expected failures, shown to the user as they are (Indonesian). Anything else is logged and the user
 * sees a generic message.
 */
/** UNAVAILABLE: the server cannot do it now (a heavy job over its budget, too many waiting); try again later. */
export type AppErrorKind =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "INVALID"
  | "LOCKED"
  | "CONFLICT"
  | "UNAUTHENTICATED"
  | "UNAVAILABLE"
  | "INTERNAL";

export class AppError extends Error {
  constructor(
    readonly kind: AppErrorKind,
    message: string,
    /** CONFLICT: the record as it is now, so the user sees what changed. */
    readonly current?: Record<string, string | null>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError("NOT_FOUND", "Data tidak ditemukan.");
export const forbidden = () => new AppError("FORBIDDEN", "Anda tidak berwenang melakukan tindakan ini.");

/** INVALID with a message per field (e.g. per grid cell), each naming its row and field. */
export class InvalidInputError extends AppError {
  constructor(
    message: string,
    readonly fields: Record<string, string>,
  ) {
    super("INVALID", message);
  }
}

/** An expected failure as the browser receives it from a server action. */
export type MutationError = {
  kind: AppErrorKind;
  message: string;
  /** INVALID: message per field path, e.g. { amount: "Nilai kosong" }. */
  fields?: Record<string, string>;
  current?: Record<string, string | null>;
};

/** What a server action answers: the mutation's output, or why it failed. */
export type MutationResult<Output> = { ok: true; value: Output } | { ok: false; error: MutationError };
