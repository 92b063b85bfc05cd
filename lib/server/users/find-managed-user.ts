import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Tx } from "../db";
import { findForWrite } from "../mutations/authorize";

/**
 * An account of the administrator's region, with its bidang, locked for the change (FOR UPDATE);
 * NOT_FOUND for any other region's. `notSelf`: the refusal when it is the administrator's own account
 * (they would lock themselves out).
 */
export async function findManagedUser(
  tx: Tx,
  principal: Principal,
  userId: string,
  { notSelf }: { notSelf?: string } = {},
) {
  await tx.$executeRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} AND "pemdaId" = ${principal.pemdaId} FOR UPDATE`;
  const user = await findForWrite(
    principal,
    "users:manage",
    tx.user.findFirst({
      where: { id: userId, pemdaId: principal.pemdaId },
      include: { bidang: { select: { bidangId: true } } },
    }),
    (user) => ({ pemdaId: user.pemdaId }),
  );
  if (notSelf && user.id === principal.userId) {
    throw new AppError("INVALID", notSelf);
  }
  return user;
}

/** Every open session of the account ends now (deactivation, password reset). */
export async function endAllSessions(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.session.updateMany({
    where: { userId, endedAt: null },
    data: { endedAt: new Date() },
  });
  return count;
}
