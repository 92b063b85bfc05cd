import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { VerificationCodeForm } from "@/components/verification/verification-code-form";
import { normalizeVerificationCode, verificationPath } from "@/lib/lkip/verification-code";
import { getPrincipal } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Verifikasi LKIP" };

/** Public: the field to type a printed code; a well-formed one opens its answer (/verifikasi/<kode>). */
export default async function VerifikasiIndexPage({
  searchParams,
}: {
  searchParams: Promise<{ kode?: string | string[] }>;
}) {
  const { kode } = await searchParams;
  const typed = typeof kode === "string" ? kode.trim().slice(0, 100) : "";
  const code = typed ? normalizeVerificationCode(typed) : null;
  if (code) redirect(verificationPath(code));
  return (
    <div className="mx-auto max-w-2xl space-y-6" data-testid="verification">
      <div>
        <h1 className="text-2xl font-semibold">Verifikasi LKIP</h1>
        <p className="text-slate-600">
          Periksa apakah sebuah LKIP adalah dokumen final yang diterbitkan sistem ini.
        </p>
      </div>
      <VerificationCodeForm
        heading="Kode verifikasi"
        typed={typed}
        error={
          typed
            ? `"${typed}" bukan kode verifikasi: kode terdiri atas 24 huruf A–Z dan angka 2–7.`
            : undefined
        }
        signedIn={!!(await getPrincipal())}
      />
    </div>
  );
}
