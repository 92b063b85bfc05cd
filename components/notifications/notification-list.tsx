import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { NotificationRow } from "@/lib/views/notifications";
import { notificationKindLabel } from "@/lib/vocabulary";
import { MarkReadButton } from "./mark-read-button";

export function NotificationList({ notifications }: { notifications: NotificationRow[] }) {
  if (notifications.length === 0) return <p className="text-sm text-slate-600">Belum ada notifikasi.</p>;
  return (
    <ul
      className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
      data-testid="notifications"
    >
      {notifications.map((n) => (
        <li
          key={n.id}
          className={`flex flex-wrap items-start gap-x-3 gap-y-1 p-3 text-sm ${n.readAt ? "" : "bg-emerald-50"}`}
          data-testid="notification"
          data-read={n.readAt ? "ya" : "belum"}
        >
          <div className="min-w-0 flex-1">
            <div className="text-xs text-slate-600">
              {notificationKindLabel[n.kind]} · {formatDateTime(n.createdAt)} WIB
              {!n.readAt && <span className="ml-2 font-semibold text-emerald-800">Baru</span>}
            </div>
            <Link
              href={n.href}
              className={`break-words text-emerald-900 hover:underline ${n.readAt ? "" : "font-semibold"}`}
            >
              {n.title}
            </Link>
          </div>
          {!n.readAt && <MarkReadButton notificationId={n.id} label="Tandai dibaca" />}
        </li>
      ))}
    </ul>
  );
}
