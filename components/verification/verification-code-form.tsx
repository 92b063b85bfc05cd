import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

/**
 * Where every verification answer leads on: a field to type (another) code, which /verifikasi opens,
 * and the way into the app (home when signed in, sign-in otherwise). A plain form: works without script.
 */
export function VerificationCodeForm({
  heading,
  typed,
  error,
  signedIn,
}: {
  heading: string;
  typed?: string;
  error?: string;
  signedIn: boolean;
}) {
  return (
    <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <form action="/verifikasi" method="get" className="space-y-2" data-testid="verification-code-form">
        <label htmlFor="kode" className="block text-sm font-medium">
          {heading}
        </label>
        <p id="kode-petunjuk" className="text-sm text-slate-600">
          Kode 24 huruf dan angka yang tercetak di kaki setiap halaman LKIP final, dengan atau tanpa tanda
          hubung.
        </p>
        <div className="flex flex-wrap gap-2">
          <input
            id="kode"
            name="kode"
            defaultValue={typed}
            placeholder="ABCD-EFGH-IJKL-MNOP-QRST-UVWX"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="kode-petunjuk"
            className={`${inputClass} w-auto min-w-0 flex-1 font-mono`}
          />
          <Button type="submit">Periksa</Button>
        </div>
        <FieldError message={error} />
      </form>
      <nav className="flex flex-wrap gap-4 text-sm" aria-label="Lanjut">
        {signedIn ? (
          <Link href="/" className="text-emerald-800 hover:underline">
            ← Halaman utama
          </Link>
        ) : (
          <Link href="/masuk" className="text-emerald-800 hover:underline">
            Masuk ke SAKIP →
          </Link>
        )}
      </nav>
    </section>
  );
}
