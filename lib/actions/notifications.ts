"use server";

import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { serverAction } from "@/lib/server/mutations/server-action";

export const markNotificationsReadAction = serverAction(markNotificationsRead);
