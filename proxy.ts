import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { REQUESTED_PATH_HEADER } from "@/lib/http/return-path";
import {
  contentSecurityPolicy,
  staticSecurityHeaders,
  strictTransportSecurity,
} from "@/lib/http/security-headers";

/**
 * Every page, route handler and error response: a per-request CSP nonce and the security headers, and the
 * path asked for, which a page that needs sign-in carries to /masuk (lib/server/auth/session.ts).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Next.js reads the nonce for its own scripts from the request's policy.
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set(REQUESTED_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders)) response.headers.set(name, value);
  if (env.SESSION_COOKIE_SECURE) response.headers.set("Strict-Transport-Security", strictTransportSecurity);
  return response;
}

export const config = {
  // Static assets get the static headers from next.config.ts; they carry no script to protect.
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
