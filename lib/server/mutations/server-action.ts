import "server-only";
import type { z } from "zod";
import type { MutationResult } from "@/lib/errors";
import { getPrincipal } from "../auth/session";
import { executeMutation, type Mutation } from "./define-mutation";

/** The browser's call of a server action: typed on what the mutation's form sends. */
export type ServerAction<Schema extends z.ZodType, Answer> = (
  input: z.input<Schema>,
) => Promise<MutationResult<Answer>>;

const mutationOfAction = new WeakMap<object, Mutation<z.ZodType, unknown>>();

/**
 * The one way a registry mutation becomes a server action: `export const xAction = serverAction(x)` in a
 * "use server" module of lib/actions (Next.js lets such a module export the async function this returns).
 * It runs the mutation as the principal of the session cookie; the input is typed for the caller and
 * still parsed once on the server, where it arrives as untrusted JSON. `after` runs on success, in the
 * same request, and makes the answer (the password change starts the new session and answers null).
 */
export function serverAction<Schema extends z.ZodType, Output, Answer = Output>(
  mutation: Mutation<Schema, Output>,
  after?: (output: Output) => Promise<Answer>,
): ServerAction<Schema, Answer> {
  const action = async (input: z.input<Schema>): Promise<MutationResult<Answer>> => {
    const result = await runAsCurrentUser(mutation, input);
    if (!result.ok || !after) return result as MutationResult<Answer>;
    return { ok: true, value: await after(result.value) };
  };
  mutationOfAction.set(action, mutation as Mutation<z.ZodType, unknown>);
  return action;
}

/** The mutation a server action runs, when it was made by serverAction (the server-actions test asks). */
export function mutationOf(action: unknown): Mutation<z.ZodType, unknown> | undefined {
  return typeof action === "function" ? mutationOfAction.get(action) : undefined;
}

async function runAsCurrentUser<Schema extends z.ZodType, Output>(
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
