import type { Metadata } from "next";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { NotificationList } from "@/components/notifications/notification-list";
import { requirePrincipal } from "@/lib/server/auth/session";
import { loadNotifications } from "@/lib/server/notifications/load-notifications";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Notifikasi" };

export default async function NotificationsPage() {
  const principal = await requirePrincipal();
  const notifications = await loadNotifications(principal);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Notifikasi</h1>
          <p className="text-slate-600">Catatan reviu, balasan, alur LKIP dan pengingat batas pengisian.</p>
        </div>
        {unread > 0 && <MarkReadButton label="Tandai semua dibaca" />}
      </div>
      <NotificationList notifications={notifications} />
    </div>
  );
}
