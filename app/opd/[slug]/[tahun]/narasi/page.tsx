import { notFound } from "next/navigation";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { NarrativeSectionEditor } from "@/components/narrative/narrative-section-editor";
import { hasPermission } from "@/lib/auth/permissions";
import { laporanStatusLabel } from "@/lib/laporan-status";
import { requirePrincipal } from "@/lib/server/auth/session";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { loadNarratives } from "@/lib/server/narrative/load-narratives";
import { findVisibleOpdYear } from "@/lib/server/opd-year/find-visible-opd-year";
import { isEditable } from "@/lib/workflow/laporan-workflow";

export const dynamic = "force-dynamic";

export default async function NarasiPage({ params }: { params: Promise<{ slug: string; tahun: string }> }) {
  const principal = await requirePrincipal();
  const found = await findVisibleOpdYear(principal, await params);
  const laporan = found && (await getLaporan(found));
  if (!found || !laporan) notFound();
  const { opd, year } = found;
  const entries = await loadNarratives({ opd, year, laporanId: laporan.id });
  const planner = hasPermission(principal, "plan:edit");
  // The narrative speaks for the whole OPD: bidang-limited planners read it only.
  const wholeOpd = planner && principal.bidangIds.length === 0;
  const canEdit = wholeOpd && isEditable(laporan.status);

  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={opd} year={year} />
        <h1 className="mt-2 text-2xl font-semibold">Narasi LKIP {year}</h1>
        <p className="text-slate-600">
          Teks setiap bagian laporan kinerja. Pratinjau menunjukkan teks seperti yang akan dicetak.
        </p>
      </div>
      {wholeOpd && !canEdit && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="narrative-locked">
          Laporan tahun {year} berstatus {laporanStatusLabel[laporan.status]}; narasi tidak dapat diubah.
        </p>
      )}
      {planner && !wholeOpd && (
        <p className="text-sm text-slate-600">
          Narasi laporan diubah oleh perencana tingkat perangkat daerah.
        </p>
      )}
      {entries.map((entry) => (
        <NarrativeSectionEditor
          key={`${entry.section}:${entry.sasaranId ?? ""}`}
          laporanId={laporan.id}
          canEdit={canEdit}
          {...entry}
        />
      ))}
    </div>
  );
}
