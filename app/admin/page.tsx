import { notFound } from "next/navigation";
import { CreateBidangForm, CreateOpdForm, CreateUserForm } from "@/components/forms/admin-forms";
import { SettingsForm } from "@/components/forms/settings-form";
import { roleLabel } from "@/lib/auth/permissions";
import { calcSettingsFormValues } from "@/lib/inputs/settings";
import { requirePrincipal } from "@/lib/server/auth/session";
import { getOrganisation } from "@/lib/server/opd-admin/get-organisation";
import { loadCalcSettings } from "@/lib/server/settings/load-calc-settings";

export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const principal = await requirePrincipal();
  const organisation = await getOrganisation(principal);
  if (!organisation) notFound();
  const { opds, users } = organisation;
  const settings = await loadCalcSettings(principal.pemdaId);
  const section = "space-y-3 rounded-lg border border-slate-200 bg-white p-5";

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Administrasi</h1>
      <section className={section}>
        <h2 className="text-lg font-semibold">Perangkat daerah dan bidang</h2>
        <ul className="list-disc pl-6 text-sm">
          {opds.map((opd) => (
            <li key={opd.id}>
              <span className="font-medium">{opd.name}</span> ({opd.slug}):{" "}
              {opd.bidang.map((b) => b.name).join(", ") || "belum ada bidang"}
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
        <table className="w-full text-sm" data-testid="users-table">
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-t border-slate-200">
                <td className="py-1 pr-3">{user.name}</td>
                <td className="py-1 pr-3 font-mono text-xs">{user.email}</td>
                <td className="py-1 pr-3">{roleLabel[user.role]}</td>
                <td className="py-1 pr-3">
                  {user.opd?.name ?? "Seluruh daerah"}
                  {user.bidang.length > 0 && ` · ${user.bidang.map((b) => b.bidang.name).join(", ")}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <CreateUserForm opds={opds} />
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">Pengaturan perhitungan</h2>
        <SettingsForm initial={calcSettingsFormValues(settings)} />
      </section>
    </div>
  );
}
