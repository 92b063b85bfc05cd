import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "../db";

/** The principal of a session, or null when the account is gone, inactive or the session is void. */
export async function loadPrincipal({
  userId,
  sessionVersion,
}: {
  userId: string;
  sessionVersion: number;
}): Promise<Principal | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { bidang: { select: { bidangId: true } } },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return {
    userId: user.id,
    name: user.name,
    role: user.role,
    pemdaId: user.pemdaId,
    opdId: user.opdId,
    bidangIds: user.bidang.map((b) => b.bidangId),
  };
}
