"use server";

// Signing in and out change no reported data, so these are the only server actions outside the
// mutation registry (lib/server/mutations/registry.ts).
import { redirect } from "next/navigation";
import type { z } from "zod";
import { safeReturnPath } from "@/lib/http/return-path";
import { signInInput } from "@/lib/inputs/sign-in";
import { authenticate } from "@/lib/server/auth/authenticate";
import { isDatabaseUnreachable } from "@/lib/server/database-errors";
import { endSession, requestClient, startSession } from "@/lib/server/auth/session";

const SERVICE_UNAVAILABLE =
  "Layanan sedang tidak dapat dihubungi (basis data tidak menjawab). Coba lagi beberapa saat lagi.";

/**
 * Typed for the form; the input is still parsed here, as it arrives from the network. Signed in, the user
 * goes on to `returnPath` (the page that sent them to /masuk) when it is a path of this site, else home.
 */
export async function signIn(
  input: z.input<typeof signInInput>,
  returnPath: string | null,
): Promise<{ message: string }> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return { message: "Isi email dan kata sandi dengan benar." };
  const { clientAddress } = await requestClient();
  const result = await authenticate({ ...parsed.data, clientAddress }).catch((caught: unknown) => {
    if (isDatabaseUnreachable(caught)) return { ok: false as const, message: SERVICE_UNAVAILABLE };
    throw caught;
  });
  if (!result.ok) return { message: result.message };
  await startSession(result);
  redirect(safeReturnPath(returnPath) ?? "/");
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect("/masuk");
}
