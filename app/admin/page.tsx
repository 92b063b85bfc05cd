import type { Metadata } from "next";
import { OpdYearLinks } from "@/components/opd-year-links";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StartYearForm } from "@/components/admin/start-year-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { CreateBidangForm, CreateOpdForm, CreateUserForm } from "@/components/forms/admin-forms";
import { SettingsForm } from "@/components/forms/settings-form";
import { roleLabel } from "@/lib/vocabulary";
import { calcSettingsFormValues } from "@/lib/inputs/settings";
import { requirePrincipal } from "@/lib/server/auth/session";
import { getOrganisation } from "@/lib/server/opd-admin/get-organisation";
import { loadCalcSettings } from "@/lib/server/settings/load-calc-settings";
import { TableFrame, TableHead } from "@/components/ui/table";
import { PemdaHeadForm, PemdaLogoForm } from "@/components/admin/pemda-profile-forms";
import { loadPemdaProfile } from "@/lib/server/profile/load-pemda-profile";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Administrasi" };

export default async function AdminPage() {
  const principal = await requirePrincipal();
  const organisation = await getOrganisation(principal);
  if (!organisation) notFound();
  const { opds, users } = organisation;
  const [settings, pemda] = await Promise.all([
    loadCalcSettings(principal.pemdaId),
    loadPemdaProfile(principal),
  ]);
  const section = "space-y-3 rounded-lg border border-slate-200 bg-white p-5";
  const thisYear = new Date().getFullYear();
  const opdOptions = opds.map(({ id, name, bidang }) => ({
    id,
    name,
    bidang: bidang.map((b) => ({ id: b.id, name: b.name })),
  }));

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">Administrasi</h1>
        <Link href="/admin/audit" className="text-sm text-emerald-800 hover:underline">
          Jejak audit administrasi →
        </Link>
        <Link href="/admin/lke" className="text-sm text-emerald-800 hover:underline">
          Kriteria LKE →
        </Link>
      </div>
      {pemda && (
        <section className={section} data-testid="pemda-profile">
          <h2 className="text-lg font-semibold">Kepala daerah dan logo {pemda.name}</h2>
          <p className="text-sm text-slate-600">
            Kepala daerah menjadi Pihak Kedua setiap Perjanjian Kinerja yang tidak menyebut nama lain; logo
            dicetak di sampul LKIP.
          </p>
          <PemdaHeadForm
            key={`${pemda.headName}|${pemda.headTitle}`}
            headName={pemda.headName}
            headTitle={pemda.headTitle}
          />
          <div className="flex flex-wrap items-start gap-6 border-t border-slate-200 pt-3">
            {pemda.logo ? (
              <figure className="w-40 text-sm">
                {/* eslint-disable-next-line @next/next/no-img-element -- served from the database by our route */}
                <img
                  src={`/admin/logo?v=${pemda.logo.sha256}`}
                  alt={pemda.logo.caption}
                  className="max-h-40 w-full object-contain"
                />
                <figcaption className="mt-1 text-slate-600">{pemda.logo.caption}</figcaption>
              </figure>
            ) : (
              <p className="text-sm text-slate-500">Belum ada logo.</p>
            )}
            <div className="min-w-64 flex-1">
              <PemdaLogoForm hasLogo={pemda.logo !== null} />
            </div>
          </div>
        </section>
      )}
      <section className={section}>
        <h2 className="text-lg font-semibold">Perangkat daerah, bidang dan tahun</h2>
        <ul className="divide-y divide-slate-200 text-sm" data-testid="opds-table">
          {opds.map((opd) => (
            <li key={opd.id} className="space-y-2 py-3" data-slug={opd.slug}>
              <div className="break-words">
                <span className="font-medium">{opd.name}</span> ({opd.slug}):{" "}
                {opd.bidang.map((b) => b.name).join(", ") || "belum ada bidang"}
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <OpdYearLinks slug={opd.slug} laporan={opd.laporan} />
                {opd.laporan.length === 0 && (
                  <span className="text-amber-800">Belum ada tahun: mulai tahun pertamanya di bawah.</span>
                )}
              </div>
              <details open={opd.laporan.length === 0}>
                <summary className="cursor-pointer text-emerald-800">Mulai tahun baru</summary>
                <div className="mt-2">
                  <StartYearForm
                    opdId={opd.id}
                    slug={opd.slug}
                    years={opd.laporan.map((l) => l.year)}
                    suggestedYear={opd.laporan[0] ? opd.laporan[0].year + 1 : thisYear}
                  />
                </div>
              </details>
            </li>
          ))}
        </ul>
        <div className="grid gap-6 md:grid-cols-2">
          <CreateOpdForm />
          <CreateBidangForm opds={opds} />
        </div>
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">Pengguna</h2>
        <TableFrame label="Pengguna" plain>
          <table className="w-full min-w-[720px] table-fixed text-sm" data-testid="users-table">
            <TableHead plain>
              <th className="w-1/4">Nama dan email</th>
              <th className="w-1/4">Peran dan cakupan</th>
              <th className="w-20">Status</th>
              <th>Tindakan</th>
            </TableHead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-t border-slate-200 align-top" data-email={user.email}>
                  <td className="break-words py-2 pr-3">
                    <div className="font-medium">{user.name}</div>
                    <div className="font-mono text-xs text-slate-600">{user.email}</div>
                  </td>
                  <td className="break-words py-2 pr-3">
                    {roleLabel[user.role]}
                    <div className="text-slate-600">
                      {user.opd?.name ?? "Seluruh daerah"}
                      {user.bidang.length > 0 && ` · ${user.bidang.map((b) => b.bidang.name).join(", ")}`}
                    </div>
                  </td>
                  <td className="py-2 pr-3" data-testid="user-status">
                    {user.active ? "Aktif" : <span className="text-red-800">Nonaktif</span>}
                  </td>
                  <td className="py-2">
                    <UserRowActions
                      opds={opdOptions}
                      user={{
                        id: user.id,
                        email: user.email,
                        name: user.name,
                        role: user.role,
                        opdId: user.opdId,
                        bidangIds: user.bidang.map((b) => b.bidang.id),
                        active: user.active,
                        version: user.version,
                        self: user.id === principal.userId,
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
        <h3 className="pt-3 font-semibold">Tambah pengguna</h3>
        <CreateUserForm opds={opds} />
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">Pengaturan perhitungan</h2>
        <SettingsForm initial={calcSettingsFormValues(settings)} />
      </section>
    </div>
  );
}
