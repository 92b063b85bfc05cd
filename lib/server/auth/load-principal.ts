import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "../db";

const principalInclude = { bidang: { select: { bidangId: true } } } as const;

function toPrincipal(
  user: {
    id: string;
    name: string;
    role: Principal["role"];
    pemdaId: string;
    opdId: string | null;
    mustChangePassword: boolean;
  },
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
    mustChangePassword: user.mustChangePassword,
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
 * The principal of a session row, in one statement (every signed-in request runs it): null when the
 * session was ended, has expired, or its account is inactive or changed its password since.
 */
export async function loadSessionPrincipal(sessionId: string, now = new Date()): Promise<Principal | null> {
  const rows = await db.$queryRaw<
    (Parameters<typeof toPrincipal>[0] & { lastSeenAt: Date; bidangIds: string[] })[]
  >`
    SELECT u.id, u.name, u.role::text AS role, u."pemdaId", u."opdId", u."mustChangePassword", s."lastSeenAt",
           ARRAY(SELECT ub."bidangId" FROM "UserBidang" ub WHERE ub."userId" = u.id ORDER BY ub."bidangId") AS "bidangIds"
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sessionId} AND s."endedAt" IS NULL AND s."expiresAt" > ${now}
      AND u.active AND u."sessionVersion" = s."sessionVersion"`;
  const row = rows[0];
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > SEEN_RESOLUTION_MS) {
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return toPrincipal(
    row,
    row.bidangIds.map((bidangId) => ({ bidangId })),
    sessionId,
  );
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
