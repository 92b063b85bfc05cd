import "server-only";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Tx } from "../db";

/** A notification as it is mailed after its transaction committed. */
export type Notice = { email: string; name: string; title: string; href: string };

/**
 * Writes one notification per active user of `userIds` in the event's transaction (the actor is never told
 * about their own act). A `key` makes a generated reminder idempotent: a user gets each key once.
 */
export async function notify(
  tx: Tx,
  event: {
    pemdaId: string;
    actorId: string | null;
    userIds: readonly string[];
    kind: NotificationKind;
    title: string;
    href: string;
    key?: string;
  },
): Promise<Notice[]> {
  const users = await tx.user.findMany({
    where: {
      pemdaId: event.pemdaId,
      active: true,
      id: { in: [...new Set(event.userIds)].filter((id) => id !== event.actorId) },
    },
    select: { id: true, email: true, name: true },
    orderBy: { email: "asc" },
  });
  if (users.length === 0) return [];
  const written = await tx.notification.createManyAndReturn({
    data: users.map((user) => ({
      pemdaId: event.pemdaId,
      userId: user.id,
      kind: event.kind,
      title: event.title,
      href: event.href,
      key: event.key ?? null,
    })),
    skipDuplicates: true,
    select: { userId: true },
  });
  const told = new Set(written.map((row) => row.userId));
  return users
    .filter((user) => told.has(user.id))
    .map((user) => ({ email: user.email, name: user.name, title: event.title, href: event.href }));
}

/**
 * Who of an OPD is addressed: its head (unless `head` is false) and its planners. `bidangId` narrows the
 * planners: a bidang's id, its planners and the whole-OPD ones; null (an item of no bidang), the whole-OPD
 * planners only; absent, every planner of the OPD.
 */
export async function opdAudience(
  tx: Tx,
  {
    pemdaId,
    opdId,
    bidangId,
    head = true,
  }: { pemdaId: string; opdId: string; bidangId?: string | null; head?: boolean },
): Promise<string[]> {
  const ofBidang =
    bidangId === undefined
      ? {}
      : { OR: [{ bidang: { none: {} } }, ...(bidangId ? [{ bidang: { some: { bidangId } } }] : [])] };
  const users = await tx.user.findMany({
    where: {
      pemdaId,
      opdId,
      active: true,
      OR: [...(head ? [{ role: "KEPALA" as const }] : []), { role: "PERENCANA", ...ofBidang }],
    },
    select: { id: true },
  });
  return users.map((user) => user.id);
}

/** The reviewers of a region (INSPEKTORAT). */
export async function reviewers(tx: Tx, pemdaId: string): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { pemdaId, role: "INSPEKTORAT", active: true },
    select: { id: true },
  });
  return users.map((user) => user.id);
}
