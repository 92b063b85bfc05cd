import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import type { NotificationRow } from "@/lib/views/notifications";
import { db } from "../db";

/** The signed-in user's notifications, newest first (the latest 200). */
export async function loadNotifications(principal: Principal): Promise<NotificationRow[]> {
  return db.notification.findMany({
    where: { pemdaId: principal.pemdaId, userId: principal.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, kind: true, title: true, href: true, createdAt: true, readAt: true },
  });
}

/** The header's badge. */
export function countUnreadNotifications(principal: Principal): Promise<number> {
  return db.notification.count({
    where: { pemdaId: principal.pemdaId, userId: principal.userId, readAt: null },
  });
}
