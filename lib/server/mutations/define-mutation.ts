import "server-only";
import { isDeadlock } from "../database-errors";
import type { z } from "zod";
import type { Principal } from "@/lib/auth/permissions";
import { AppError, InvalidInputError, type MutationResult } from "@/lib/errors";
import { auditAs, type RecordAudit } from "../audit/record-audit";

/** A use case that changes data: its input schema (shared with the form) and its body. */
export type Mutation<Schema extends z.ZodType, Output> = {
  /** Names it in the registry, the permission matrix and, as the action, in its audit entries. */
  name: string;
  input: Schema;
  /** Allowed to a user who signed in with a temporary password and has not chosen a new one yet. */
  beforePasswordChange?: boolean;
  /** `audit` records the change's entries inside its transaction, as the principal, under `name`. */
  run(args: { principal: Principal; input: z.output<Schema>; audit: RecordAudit }): Promise<Output>;
};

export function defineMutation<Schema extends z.ZodType, Output>(
  mutation: Mutation<Schema, Output>,
): Mutation<Schema, Output> {
  return mutation;
}

/** Paths of the strings in `value` that hold a NUL byte, which PostgreSQL cannot store in a text. */
function pathsWithNul(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return value.includes("\u0000") ? [path.join(".")] : [];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => pathsWithNul(child, [...path, key]));
}

/** Validates the raw input, runs the use case as `principal`, and turns expected failures into a result. */
export async function executeMutation<Schema extends z.ZodType, Output>(
  mutation: Mutation<Schema, Output>,
  principal: Principal,
  rawInput: unknown,
): Promise<MutationResult<Output>> {
  // Whatever a schema forgets, no NUL byte reaches the database (it would fail as an internal error).
  const nul = pathsWithNul(rawInput);
  if (nul.length > 0) {
    const fields = Object.fromEntries(
      nul.map((path) => [path, "Isian berisi karakter yang tidak diizinkan"]),
    );
    return { ok: false, error: { kind: "INVALID", message: "Periksa kembali isian Anda.", fields } };
  }
  if (principal.mustChangePassword && !mutation.beforePasswordChange) {
    return {
      ok: false,
      error: {
        kind: "FORBIDDEN",
        message: "Ganti kata sandi sementara Anda terlebih dahulu di halaman Akun.",
      },
    };
  }
  const parsed = mutation.input.safeParse(rawInput);
  if (!parsed.success) {
    const fields = Object.fromEntries(
      parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]),
    );
    return { ok: false, error: { kind: "INVALID", message: "Periksa kembali isian Anda.", fields } };
  }
  try {
    const audit = auditAs(principal, mutation.name);
    const run = () => mutation.run({ principal, input: parsed.data, audit });
    // A deadlock aborted the whole transaction, so running the mutation once more is safe.
    return {
      ok: true,
      value: await run().catch((error: unknown) => (isDeadlock(error) ? run() : Promise.reject(error))),
    };
  } catch (error) {
    if (error instanceof AppError) {
      const fields = error instanceof InvalidInputError ? error.fields : undefined;
      return {
        ok: false,
        error: { kind: error.kind, message: error.message, current: error.current, fields },
      };
    }
    throw error;
  }
}
