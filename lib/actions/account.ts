"use server";

import { changePassword } from "@/lib/server/account/change-password";
import { startSession } from "@/lib/server/auth/session";
import { endSession } from "@/lib/server/sessions/end-session";
import { runAsCurrentUser } from "@/lib/server/mutations/run-as-current-user";

export async function changePasswordAction(input: unknown) {
  const result = await runAsCurrentUser(changePassword, input);
  // Other sessions are void now; this one continues with the new session version, which stays on the server.
  if (!result.ok) return result;
  await startSession(result.value);
  return { ok: true as const, value: null };
}

export async function endSessionAction(input: unknown) {
  return runAsCurrentUser(endSession, input);
}
