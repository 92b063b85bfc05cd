import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "SAKIP — Akuntabilitas Kinerja Perangkat Daerah",
  description: "Perencanaan, realisasi, capaian kinerja dan LKIP perangkat daerah",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body className="min-h-screen">
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-7xl items-center gap-3 px-6 py-3">
            <Link href="/" className="text-lg font-semibold text-emerald-800">
              SAKIP
            </Link>
            <span className="text-sm text-slate-500">Sistem Akuntabilitas Kinerja Instansi Pemerintah</span>
          </div>
        </header>
        <main className="mx-auto max-w-7xl px-6 py-8">{children}</main>
      </body>
    </html>
  );
}
