import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicLkipCard } from "@/components/public/public-lkip-card";
import { loadPublicPortal } from "@/lib/server/public/load-public-portal";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Laporan Kinerja publik" };

type Params = { params: Promise<{ kode: string }> };

/** Public (no sign-in): the FINAL LKIP of every OPD of a Pemda by year, with their IKU capaian. */
export default async function PublicPortalPage({ params }: Params) {
  const portal = await loadPublicPortal((await params).kode);
  if (!portal) notFound();
  return (
    <div className="mx-auto max-w-4xl space-y-8" data-testid="public-portal">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Laporan Kinerja {portal.pemda.name}</h1>
        <p className="text-slate-700">
          LKIP final perangkat daerah {portal.pemda.name} menurut tahun, dengan capaian Indikator Kinerja
          Utama yang dilaporkannya. Keaslian setiap berkas dapat diperiksa melalui kode verifikasinya.
        </p>
      </div>
      {portal.opds.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          Belum ada LKIP final yang diterbitkan.
        </p>
      ) : (
        portal.opds.map((opd) => (
          <section key={opd.slug} className="space-y-3" aria-labelledby={`opd-${opd.slug}`}>
            <h2 id={`opd-${opd.slug}`} className="text-xl font-semibold" data-testid="public-opd">
              {opd.name}
            </h2>
            {opd.lkip.map((lkip) => (
              <PublicLkipCard
                key={lkip.year}
                pemdaCode={portal.pemda.code}
                slug={opd.slug}
                opdName={opd.name}
                lkip={lkip}
              />
            ))}
          </section>
        ))
      )}
    </div>
  );
}
