"use client";

import Link from "next/link";

/** Any unexpected failure: a reference code the operators find in the server log, and nothing else. */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <div className="space-y-3" data-testid="error-page">
      <h1 className="text-2xl font-semibold">Terjadi kesalahan pada server</h1>
      <p className="text-slate-600">
        Permintaan Anda tidak dapat diselesaikan. Coba lagi sebentar lagi; bila berulang, hubungi
        administrator dan sebutkan kode rujukan di bawah ini.
      </p>
      {error.digest && (
        <p className="font-mono text-sm" data-testid="error-reference">
          Kode rujukan: {error.digest}
        </p>
      )}
      <Link href="/" className="text-emerald-800 hover:underline">
        Kembali ke beranda
      </Link>
    </div>
  );
}
