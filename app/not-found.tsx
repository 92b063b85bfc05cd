import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Halaman tidak ditemukan</h1>
      <p className="text-slate-600">Data yang Anda cari tidak ada atau tidak dapat Anda akses.</p>
      <Link href="/" className="text-emerald-800 hover:underline">
        Kembali ke daftar perangkat daerah
      </Link>
    </div>
  );
}
