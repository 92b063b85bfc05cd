import "server-only";
import { type Action, canSee, decide, type Principal, type Scope } from "@/lib/auth/permissions";
import { forbidden, notFound } from "@/lib/errors";
import type { Tx } from "../db";

/** Throws NOT_FOUND outside the principal's scope, FORBIDDEN inside it without the permission. */
export function authorize(principal: Principal, action: Action, scope: Scope): void {
  const decision = decide(principal, action, scope);
  if (decision === "NOT_FOUND") throw notFound();
  if (decision === "FORBIDDEN") throw forbidden();
}

/**
 * The record a write acts on (an OPD, an LKIP, a plan item, an account), resolved and authorized:
 * NOT_FOUND when `found` is null or the record lies outside the principal's scope, FORBIDDEN inside it
 * without `action`. `scopeOf` says what the record belongs to. `action` null only checks that the
 * principal sees it, for a write whose permission depends on the record (a workflow move).
 */
export async function findForWrite<Row>(
  principal: Principal,
  action: Action | null,
  found: PromiseLike<Row | null>,
  scopeOf: (row: Row) => Scope,
): Promise<Row> {
  const row = await found;
  if (!row) throw notFound();
  const scope = scopeOf(row);
  if (action) authorize(principal, action, scope);
  else if (!canSee(principal, scope)) throw notFound();
  return row;
}

/** An OPD row's scope: the whole OPD. */
export const opdScope = (opd: { pemdaId: string; id: string }) => ({ pemdaId: opd.pemdaId, opdId: opd.id });

/** The OPD of the principal's region a write acts on (`opdId` from the input), resolved and authorized. */
export function findOpdForWrite(
  client: Pick<Tx, "perangkatDaerah">,
  principal: Principal,
  action: Action,
  opdId: string,
  scopeOf: (opd: { pemdaId: string; id: string }) => Scope = opdScope,
) {
  const opd = client.perangkatDaerah.findFirst({ where: { id: opdId, pemdaId: principal.pemdaId } });
  return findForWrite(principal, action, opd, scopeOf);
}
