import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "../db";

/** The principal's sessions that still open the app, newest first, the current one marked. */
export async function listOwnSessions(principal: Principal, now = new Date()) {
  const rows = await db.session.findMany({
    where: { userId: principal.userId, pemdaId: principal.pemdaId, endedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    include: { user: { select: { sessionVersion: true } } },
  });
  return rows
    .filter((row) => row.sessionVersion === row.user.sessionVersion)
    .map(({ id, createdAt, lastSeenAt, userAgent, clientAddress }) => ({
      id,
      createdAt,
      lastSeenAt,
      userAgent,
      clientAddress,
      current: id === principal.sessionId,
    }));
}
