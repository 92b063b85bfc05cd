import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { getPrincipal } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

export default async function SignInPage() {
  if (await getPrincipal()) redirect("/");
  return (
    <div className="mx-auto max-w-sm space-y-6 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Masuk</h1>
      <SignInForm />
    </div>
  );
}
