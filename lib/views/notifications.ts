import type { NotificationKind } from "@/lib/generated/prisma/enums";

export type NotificationRow = {
  id: string;
  kind: NotificationKind;
  title: string;
  href: string;
  createdAt: Date;
  readAt: Date | null;
};
