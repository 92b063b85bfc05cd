"use server";

import { changePassword } from "@/lib/server/account/change-password";
import { startSession } from "@/lib/server/auth/session";
import { endSession } from "@/lib/server/sessions/end-session";
import { serverAction } from "@/lib/server/mutations/server-action";

// Other sessions are void now; this one continues with the new session version, which stays on the server.
export const changePasswordAction = serverAction(changePassword, async (session) => {
  await startSession(session);
  return null;
});

export const endSessionAction = serverAction(endSession);
