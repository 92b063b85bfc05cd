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
  try {
    return await executeMutation(mutation, principal, input);
  } catch (error) {
    // Unexpected: logged for the operators; the user gets no internals.
    console.error(`Mutation ${mutation.name} gagal`, error);
    return {
      ok: false,
      error: {
        kind: "INTERNAL",
        message: "Terjadi kesalahan pada server. Coba lagi; bila berulang, hubungi administrator.",
      },
    };
  }
}
