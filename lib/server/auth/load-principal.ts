import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "../db";

const principalInclude = { bidang: { select: { bidangId: true } } } as const;

function toPrincipal(
  user: { id: string; name: string; role: Principal["role"]; pemdaId: string; opdId: string | null },
  bidang: { bidangId: string }[],
  sessionId: string | null,
): Principal {
  return {
    userId: user.id,
    name: user.name,
    role: user.role,
    pemdaId: user.pemdaId,
    opdId: user.opdId,
    bidangIds: bidang.map((b) => b.bidangId),
    sessionId,
  };
}

/** The principal of an account at a session version, or null when it is gone, inactive or the version is void. */
export async function loadPrincipal({
  userId,
  sessionVersion,
}: {
  userId: string;
  sessionVersion: number;
}): Promise<Principal | null> {
  const user = await db.user.findUnique({ where: { id: userId }, include: principalInclude });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return toPrincipal(user, user.bidang, null);
}

// lastSeenAt is refreshed at most this often, so a busy page does not write on every request.
const SEEN_RESOLUTION_MS = 5 * 60 * 1000;

/**
 * The principal of a session row, in one read: null when the session was ended, has expired, or its
 * account is inactive or changed its password since.
 */
export async function loadSessionPrincipal(sessionId: string, now = new Date()): Promise<Principal | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    include: { user: { include: principalInclude } },
  });
  if (!session || session.endedAt || session.expiresAt <= now) return null;
  const { user } = session;
  if (!user.active || user.sessionVersion !== session.sessionVersion) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SEEN_RESOLUTION_MS) {
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return toPrincipal(user, user.bidang, session.id);
}

/**
 * For operator commands (import, export): the active account named by `email`, or the region's first
 * administrator, so the command is audited as a real user and checked like one.
 */
export async function loadOperatorPrincipal(pemdaId: string, email?: string): Promise<Principal | null> {
  const user = await db.user.findFirst({
    where: { pemdaId, active: true, ...(email ? { email } : { role: "ADMIN" }) },
    orderBy: { email: "asc" },
    include: principalInclude,
  });
  return user && toPrincipal(user, user.bidang, null);
}
