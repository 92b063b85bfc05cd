import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { hasPermission } from "@/lib/auth/permissions";
import { roleLabel } from "@/lib/vocabulary";
import { getPrincipal } from "@/lib/server/auth/session";
import { countUnreadNotifications } from "@/lib/server/notifications/load-notifications";
import { signOut } from "@/lib/actions/session";
import "./globals.css";

// Every page names itself ("Masuk — SAKIP"); a page of an OPD-year adds the year and the OPD (its layout).
export const metadata: Metadata = {
  title: { template: "%s — SAKIP", default: "SAKIP — Akuntabilitas Kinerja Perangkat Daerah" },
  description: "Perencanaan, realisasi, capaian kinerja dan LKIP perangkat daerah",
  icons: { icon: [{ url: "/favicon.svg", type: "image/svg+xml" }, { url: "/favicon.ico" }] },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const principal = await getPrincipal();
  const unread = principal ? await countUnreadNotifications(principal) : 0;
  return (
    <html lang="id">
      <body className="min-h-screen print:bg-white">
        <header className="border-b border-slate-200 bg-white print:hidden">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 sm:px-6">
            <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-emerald-800">
              {/* eslint-disable-next-line @next/next/no-img-element -- a static placeholder needs no optimisation */}
              <img src="/logo-placeholder.svg" alt="" width={24} height={28} />
              SAKIP
            </Link>
            <span className="hidden text-sm text-slate-500 md:inline">
              Sistem Akuntabilitas Kinerja Instansi Pemerintah
            </span>
            {principal && (
              <div className="ml-auto flex flex-wrap items-center justify-end gap-x-4 gap-y-1 text-sm">
                <span data-testid="current-user">
                  {principal.name} · {roleLabel[principal.role]}
                </span>
                {hasPermission(principal, "users:manage") && (
                  <Link href="/admin" className="text-emerald-800 hover:underline">
                    Administrasi
                  </Link>
                )}
                <Link
                  href="/notifikasi"
                  className="text-emerald-800 hover:underline"
                  data-testid="notifications-link"
                  aria-label={unread > 0 ? `Notifikasi, ${unread} belum dibaca` : "Notifikasi"}
                >
                  Notifikasi
                  {unread > 0 && (
                    <span
                      className="ml-1 rounded-full bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white"
                      data-testid="unread-badge"
                    >
                      {unread > 99 ? "99+" : unread}
                    </span>
                  )}
                </Link>
                <Link href="/akun" className="text-emerald-800 hover:underline">
                  Akun
                </Link>
                <form action={signOut}>
                  <button type="submit" className="text-emerald-800 hover:underline">
                    Keluar
                  </button>
                </form>
              </div>
            )}
          </div>
        </header>
        <main className="mx-auto max-w-7xl px-4 py-6 sm:px-6 sm:py-8 print:p-0">{children}</main>
      </body>
    </html>
  );
}
