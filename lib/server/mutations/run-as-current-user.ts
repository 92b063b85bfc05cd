import "server-only";
import type { z } from "zod";
import { getPrincipal } from "../auth/session";
import { executeMutation, type Mutation, type MutationResult } from "./define-mutation";

/** What every server action does: the principal from the session cookie, then the use case. */
export async function runAsCurrentUser<Schema extends z.ZodType, Output>(
  mutation: Mutation<Schema, Output>,
  input: unknown,
): Promise<MutationResult<Output>> {
  const principal = await getPrincipal();
  if (!principal) {
    return {
      ok: false,
      error: { kind: "UNAUTHENTICATED", message: "Sesi Anda berakhir. Silakan masuk kembali." },
    };
  }
  return executeMutation(mutation, principal, input);
}
