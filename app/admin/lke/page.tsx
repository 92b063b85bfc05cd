import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CopyLkeReferenceButton, LkeKriteriaForm } from "@/components/lke/lke-kriteria-form";
import { formatNumber } from "@/lib/format";
import { requirePrincipal } from "@/lib/server/auth/session";
import { loadLkeAdmin } from "@/lib/server/lke/load-lke-admin";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Kriteria LKE" };

export default async function LkeAdminPage() {
  const principal = await requirePrincipal();
  const lke = await loadLkeAdmin(principal);
  if (!lke) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin" className="text-sm text-emerald-800 hover:underline">
          ← Administrasi
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Kriteria LKE (PermenPAN-RB 88/2021)</h1>
        <p className="text-slate-600">
          Komponen:{" "}
          {lke.komponen.map((k) => `${k.number}. ${k.name} (bobot ${formatNumber(k.weight, 0)})`).join("; ")}.
          Tiap komponen terbagi atas keberadaan (a, 20 %), kualitas (b, 30 %) dan pemanfaatan (c, 50 %).
          Kriteria keberadaan dijawab Y/T, kualitas dan pemanfaatan A–E.
        </p>
      </div>
      {lke.missing > 0 && <CopyLkeReferenceButton missing={lke.missing} />}
      <ol className="space-y-2" data-testid="lke-kriteria-list">
        {lke.criteria.map((c) => (
          <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-3">
            <details>
              <summary className="cursor-pointer break-words">
                <span className="mr-2 font-mono text-sm text-slate-600">{c.code}</span>
                {c.text}
                {!c.active && <span className="ml-2 text-xs text-slate-500">(tidak dipakai)</span>}
              </summary>
              <div className="mt-3">
                <LkeKriteriaForm values={c} />
              </div>
            </details>
          </li>
        ))}
      </ol>
      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">Tambah kriteria</h2>
        <LkeKriteriaForm
          values={{ id: null, code: "", text: "", scale: "A_E", active: true, version: null }}
        />
      </section>
    </div>
  );
}
