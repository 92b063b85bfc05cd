import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTrailView } from "@/components/audit/audit-trail-view";
import { auditFilterInput } from "@/lib/inputs/audit";
import { requirePrincipal } from "@/lib/server/auth/session";
import { listRegionAuditEntries } from "@/lib/server/audit/list-audit-entries";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Jejak Audit Administrasi" };

export default async function RegionAuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const principal = await requirePrincipal();
  const filter = auditFilterInput.parse(await searchParams);
  const trail = await listRegionAuditEntries(principal, filter);
  if (!trail) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin" className="text-sm text-emerald-800 hover:underline">
          ← Administrasi
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Jejak Audit Administrasi</h1>
        <p className="text-slate-600">
          Perubahan di luar tahun anggaran: akun (peran, cakupan, status, kata sandi, sesi), perangkat daerah,
          bidang dan pengaturan perhitungan. Perubahan data tahunan ada di jejak audit setiap tahun.
        </p>
      </div>
      <AuditTrailView trail={trail} filter={filter} path="/admin/audit" exportPath="/admin/audit.xlsx" />
    </div>
  );
}
