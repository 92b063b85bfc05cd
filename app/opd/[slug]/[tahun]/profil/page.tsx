import type { Metadata } from "next";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { AttachmentGallery } from "@/components/profile/attachment-gallery";
import { DayaDukungEditor } from "@/components/profile/daya-dukung-editor";
import { ImageUploadForm } from "@/components/profile/image-upload-form";
import { PaguIndikatifForm } from "@/components/profile/pagu-indikatif-form";
import { SigningForm } from "@/components/profile/signing-form";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadOpdProfile } from "@/lib/server/profile/load-opd-profile";
import { laporanStatusLabel } from "@/lib/vocabulary";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Profil Organisasi" };

/** Remounts a form when the stored rows change (after a save), so it starts from them again. */
const versionsOf = (rows: { id?: string | null; year?: number; version: number | null }[]) =>
  rows.map((row) => `${row.id ?? row.year}:${row.version}`).join(",");

export default async function ProfilPage({ params }: { params: Promise<{ slug: string; tahun: string }> }) {
  const context = await requireOpdYearContext(await params);
  const { opd, year, laporan, rights } = context;
  const profile = await loadOpdProfile(context);
  const canEdit = rights.editNarrative;
  const base = `/opd/${opd.slug}/${year}`;
  const ofKind = (kind: (typeof profile.attachments)[number]["kind"]) =>
    profile.attachments.filter((a) => a.kind === kind);
  const section = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";

  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={opd} year={year} />
        <h1 className="mt-2 text-2xl font-semibold">Profil organisasi {year}</h1>
        <p className="text-slate-600">
          Data BAB I LKIP: struktur organisasi, daya dukung aparatur dan mitra kerja, anggaran per tahun
          Renstra, tempat dan tanggal penandatanganan, serta gambar dokumentasi dan lampiran. Teks (tugas
          pokok, fungsi, sarana dan prasarana) diisi di halaman Narasi LKIP.
        </p>
      </div>
      {rights.planner && rights.wholeOpd && !canEdit && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="profile-locked">
          Laporan tahun {year} berstatus {laporanStatusLabel[laporan.status]}; profil tidak dapat diubah.
        </p>
      )}
      {rights.planner && !rights.wholeOpd && (
        <p className="text-sm text-slate-600">
          Profil organisasi diubah oleh perencana tingkat perangkat daerah.
        </p>
      )}

      <section className={section}>
        <h2 className="text-lg font-semibold">Penandatanganan</h2>
        <p className="text-sm text-slate-600">
          Tempat dan tanggal di bawah Kata Pengantar dan tanda tangan Kepala.
        </p>
        <SigningForm
          key={profile.signing.version}
          laporanId={profile.laporanId}
          signing={profile.signing}
          canEdit={canEdit}
        />
      </section>

      <section className={section}>
        <h2 className="text-lg font-semibold">Struktur organisasi</h2>
        <AttachmentGallery
          base={base}
          attachments={ofKind("STRUKTUR_ORGANISASI")}
          canEdit={canEdit}
          emptyText="Belum ada bagan struktur organisasi."
        />
        {canEdit && (
          <ImageUploadForm
            opdId={opd.id}
            year={year}
            kind="STRUKTUR_ORGANISASI"
            submitLabel={ofKind("STRUKTUR_ORGANISASI").length > 0 ? "Ganti bagan" : "Unggah bagan"}
          />
        )}
      </section>

      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Daya dukung</h2>
        <DayaDukungEditor
          key={versionsOf(profile.dayaDukung)}
          opdId={opd.id}
          year={year}
          rows={profile.dayaDukung}
          canEdit={canEdit}
        />
      </section>

      <section className={section}>
        <h2 className="text-lg font-semibold">Anggaran per tahun Renstra</h2>
        {profile.periode ? (
          <>
            <p className="text-sm text-slate-600">
              Renstra {profile.periode.startYear}–{profile.periode.endYear}. LKIP {year} mencetak pagu tahun{" "}
              {profile.periode.startYear} sampai {year}: pagu APBD bila anggaran tahun itu sudah dimuat,
              selain itu pagu indikatif Renstra. Tahun setelah {year} tidak dicetak.
            </p>
            <PaguIndikatifForm
              key={versionsOf(profile.periode.years)}
              opdId={opd.id}
              year={year}
              periode={profile.periode}
              canEdit={canEdit}
            />
          </>
        ) : (
          <p className="text-sm text-slate-500">
            Perangkat daerah ini belum memiliki Renstra untuk tahun {year}.
          </p>
        )}
      </section>

      <section className={section}>
        <h2 className="text-lg font-semibold">Dokumentasi kegiatan</h2>
        <AttachmentGallery
          base={base}
          attachments={ofKind("DOKUMENTASI")}
          canEdit={canEdit}
          emptyText="Belum ada foto dokumentasi."
        />
        {canEdit && (
          <ImageUploadForm
            opdId={opd.id}
            year={year}
            kind="DOKUMENTASI"
            owners={profile.owners}
            submitLabel="Unggah foto"
          />
        )}
      </section>

      <section className={section}>
        <h2 className="text-lg font-semibold">Lampiran</h2>
        <AttachmentGallery
          base={base}
          attachments={ofKind("LAMPIRAN")}
          canEdit={canEdit}
          emptyText="Belum ada gambar lampiran."
        />
        {canEdit && (
          <ImageUploadForm opdId={opd.id} year={year} kind="LAMPIRAN" submitLabel="Unggah lampiran" />
        )}
      </section>
    </div>
  );
}
