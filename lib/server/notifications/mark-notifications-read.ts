import "server-only";
import { notFound } from "@/lib/errors";
import { markNotificationsReadInput } from "@/lib/inputs/notification";
import { db } from "../db";
import { defineMutation } from "../mutations/define-mutation";

/** Marks the user's own notifications read (one, or all unread); another user's is NOT_FOUND. */
export const markNotificationsRead = defineMutation({
  name: "notification.read",
  input: markNotificationsReadInput,
  async run({ principal, input }) {
    const { count } = await db.notification.updateMany({
      where: {
        pemdaId: principal.pemdaId,
        userId: principal.userId,
        readAt: null,
        ...(input.notificationId ? { id: input.notificationId } : {}),
      },
      data: { readAt: new Date() },
    });
    if (input.notificationId && count === 0) {
      const own = await db.notification.count({
        where: { id: input.notificationId, pemdaId: principal.pemdaId, userId: principal.userId },
      });
      if (own === 0) throw notFound();
    }
    return { count };
  },
});
