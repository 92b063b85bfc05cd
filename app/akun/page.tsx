import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { roleLabel } from "@/lib/auth/permissions";
import { requirePrincipal } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const principal = await requirePrincipal();
  return (
    <div className="mx-auto max-w-md space-y-6 rounded-lg border border-slate-200 bg-white p-6">
      <div>
        <h1 className="text-xl font-semibold">Akun</h1>
        <p className="text-slate-600">
          {principal.name} · {roleLabel[principal.role]}
        </p>
      </div>
      <ChangePasswordForm />
    </div>
  );
}
