import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { RETURN_PARAM, safeReturnPath } from "@/lib/http/return-path";
import { getPrincipal } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Masuk" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const returnPath = safeReturnPath((await searchParams)[RETURN_PARAM]);
  if (await getPrincipal()) redirect(returnPath ?? "/");
  return (
    <div className="mx-auto max-w-sm space-y-6 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Masuk</h1>
      <SignInForm returnPath={returnPath} />
    </div>
  );
}
