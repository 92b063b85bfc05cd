import "server-only";
import { type Action, canSee, decide, type Principal, type Scope } from "@/lib/auth/permissions";
import { forbidden, notFound } from "@/lib/errors";

/** Throws NOT_FOUND outside the principal's scope, FORBIDDEN inside it without the permission. */
export function authorize(principal: Principal, action: Action, scope: Scope): void {
  const decision = decide(principal, action, scope);
  if (decision === "NOT_FOUND") throw notFound();
  if (decision === "FORBIDDEN") throw forbidden();
}

/** Throws NOT_FOUND unless the record is within the principal's scope. */
export function assertVisible(principal: Principal, scope: Scope): void {
  if (!canSee(principal, scope)) throw notFound();
}
