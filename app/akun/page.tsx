import type { Metadata } from "next";
import { SessionList } from "@/components/account/session-list";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { roleLabel } from "@/lib/vocabulary";
import { formatDateTime } from "@/lib/format";
import { RETURN_PARAM, safeReturnPath } from "@/lib/http/return-path";
import { describeUserAgent } from "@/lib/views/user-agent";
import { requirePrincipal } from "@/lib/server/auth/session";
import { listOwnSessions } from "@/lib/server/sessions/list-sessions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Akun" };

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const principal = await requirePrincipal({ passwordChange: true });
  const returnPath = safeReturnPath((await searchParams)[RETURN_PARAM]);
  const sessions = await listOwnSessions(principal);
  const section = "space-y-4 rounded-lg border border-slate-200 bg-white p-6";
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className={section}>
        <div>
          <h1 className="text-xl font-semibold">Akun</h1>
          <p className="text-slate-600">
            {principal.name} · {roleLabel[principal.role]}
          </p>
        </div>
        {principal.mustChangePassword && (
          <p
            role="status"
            className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
          >
            Anda masuk dengan kata sandi sementara dari administrator. Pilih kata sandi baru sebelum
            melanjutkan; kata sandi sementara tidak dapat dipakai lagi.
          </p>
        )}
        <h2 className="font-semibold">Ganti kata sandi</h2>
        <ChangePasswordForm temporary={principal.mustChangePassword} returnPath={returnPath} />
      </div>
      {!principal.mustChangePassword && (
        <div className={section}>
          <h2 className="font-semibold">Sesi aktif</h2>
          <p className="text-sm text-slate-600">
            Perangkat yang sedang masuk dengan akun Anda. Akhiri sesi yang tidak Anda kenali.
          </p>
          <SessionList
            sessions={sessions.map((session) => ({
              id: session.id,
              current: session.current,
              browser: describeUserAgent(session.userAgent),
              clientAddress: session.clientAddress ?? "alamat tidak diketahui",
              createdAt: formatDateTime(session.createdAt),
              lastSeenAt: formatDateTime(session.lastSeenAt),
            }))}
          />
        </div>
      )}
    </div>
  );
}
