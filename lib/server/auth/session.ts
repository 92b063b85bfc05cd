import "server-only";
import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Principal } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { loadPrincipal } from "./load-principal";

type SessionData = { userId?: string; sessionVersion?: number };

function sessionOptions(): SessionOptions {
  if (!env.SESSION_SECRET) throw new Error("SESSION_SECRET belum diatur (npm start membuatnya otomatis).");
  return {
    password: env.SESSION_SECRET,
    cookieName: "sakip_sesi",
    ttl: 8 * 60 * 60,
    cookieOptions: { httpOnly: true, secure: env.SESSION_COOKIE_SECURE, sameSite: "lax", path: "/" },
  };
}

async function getSession() {
  return getIronSession<SessionData>(await cookies(), sessionOptions());
}

export async function startSession(user: { userId: string; sessionVersion: number }): Promise<void> {
  const session = await getSession();
  session.userId = user.userId;
  session.sessionVersion = user.sessionVersion;
  await session.save();
}

export async function endSession(): Promise<void> {
  (await getSession()).destroy();
}

/**
 * The signed-in user with their scope, re-read from the database once per request (React `cache`: the
 * layout, the page and its actions share it; nothing outlives the request).
 */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  const { userId, sessionVersion } = await getSession();
  if (!userId || sessionVersion === undefined) return null;
  return loadPrincipal({ userId, sessionVersion });
});

export async function requirePrincipal(): Promise<Principal> {
  const principal = await getPrincipal();
  if (!principal) redirect("/masuk");
  return principal;
}
