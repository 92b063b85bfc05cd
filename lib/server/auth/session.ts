import "server-only";
import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Principal } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { REQUESTED_PATH_HEADER, safeReturnPath, withReturnPath } from "@/lib/http/return-path";
import { db } from "../db";
import { loadSessionPrincipal } from "./load-principal";
import {
  SESSION_COOKIE,
  SESSION_HOURS,
  sessionIdOf,
  signSessionToken,
  verifySessionCookie,
} from "./session-token";

function sessionSecret(): string {
  if (!env.SESSION_SECRET) throw new Error("SESSION_SECRET belum diatur (npm start membuatnya otomatis).");
  return env.SESSION_SECRET;
}

/** The cookie carries only a random token, signed; the session itself is a row (lib/server/auth/sessions.ts). */
async function cookieToken(): Promise<string | null> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  return value ? verifySessionCookie(value, sessionSecret()) : null;
}

/** Who is asking: the address stamped by the app server (never a client's header), and the browser. */
export async function requestClient(): Promise<{ clientAddress: string; userAgent: string | null }> {
  const list = await headers();
  return {
    clientAddress: list.get(CLIENT_ADDRESS_HEADER) ?? "unknown",
    userAgent: list.get("user-agent")?.slice(0, 300) ?? null,
  };
}

export async function startSession(user: { userId: string; sessionVersion: number }): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const { pemdaId } = await db.user.findUniqueOrThrow({
    where: { id: user.userId },
    select: { pemdaId: true },
  });
  await db.session.create({
    data: {
      id: sessionIdOf(token),
      pemdaId,
      userId: user.userId,
      sessionVersion: user.sessionVersion,
      ...(await requestClient()),
      expiresAt: new Date(Date.now() + SESSION_HOURS * 60 * 60 * 1000),
    },
  });
  (await cookies()).set(SESSION_COOKIE, signSessionToken(token, sessionSecret()), {
    httpOnly: true,
    secure: env.SESSION_COOKIE_SECURE,
    sameSite: "lax",
    path: "/",
    maxAge: SESSION_HOURS * 60 * 60,
  });
}

/** Signing out ends the session on the server: the cookie, even if kept, opens nothing afterwards. */
export async function endSession(): Promise<void> {
  const token = await cookieToken();
  if (token) {
    await db.session.updateMany({
      where: { id: sessionIdOf(token), endedAt: null },
      data: { endedAt: new Date() },
    });
  }
  (await cookies()).delete(SESSION_COOKIE);
}

/**
 * The signed-in user with their scope, re-read from the database once per request (React `cache`: the
 * layout, the page and its actions share it; nothing outlives the request).
 */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  const token = await cookieToken();
  return token ? loadSessionPrincipal(sessionIdOf(token)) : null;
});

/**
 * Where a request that needs sign-in (/masuk) or a new password (/akun) first is sent: that page, carrying
 * the path asked for (set by proxy.ts) to go on to afterwards.
 */
export async function gatePath(page: "/masuk" | "/akun"): Promise<string> {
  return withReturnPath(page, safeReturnPath((await headers()).get(REQUESTED_PATH_HEADER)));
}

/**
 * For pages: signed out → /masuk; signed in with a temporary password → /akun, the only page that opens
 * until a new password is chosen (that page passes `passwordChange`); either comes back here afterwards.
 */
export async function requirePrincipal({ passwordChange = false } = {}): Promise<Principal> {
  const principal = await getPrincipal();
  if (!principal) redirect(await gatePath("/masuk"));
  if (principal.mustChangePassword && !passwordChange) redirect(await gatePath("/akun"));
  return principal;
}
