import type { Metadata } from "next";
import { VerificationCodeForm } from "@/components/verification/verification-code-form";
import { formatDateTime } from "@/lib/format";
import { formatVerificationCode } from "@/lib/lkip/verification-code";
import { getPrincipal } from "@/lib/server/auth/session";
import { findLkipVerification } from "@/lib/server/lkip/verify-lkip";
import { Button } from "@/components/ui/button";
import { FilePicker } from "@/components/ui/file-picker";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Verifikasi LKIP" };

const uploadResult: Record<string, { text: string; ok: boolean }> = {
  cocok: { text: "Berkas yang diunggah sama persis dengan LKIP final ini (sidik SHA-256 cocok).", ok: true },
  beda: {
    text: "Berkas yang diunggah BERBEDA dari LKIP final ini: sidik SHA-256-nya tidak cocok.",
    ok: false,
  },
  kosong: { text: "Pilih berkas PDF untuk dicocokkan.", ok: false },
  "terlalu-besar": { text: "Berkas terlalu besar untuk sebuah LKIP (paling besar 25 MB).", ok: false },
  "tidak-dikenal": { text: "Kode ini tidak dikenal, berkas tidak dapat dicocokkan.", ok: false },
};

/**
 * Public verification of a printed code (no sign-in): whether it is a FINAL LKIP of this system, with
 * only what the PDF itself says (OPD, year, revision, time, hash), and an upload to compare a file;
 * every answer offers a field for another code and the way into the app.
 */
export default async function VerifikasiPage({
  params,
  searchParams,
}: {
  params: Promise<{ kode: string }>;
  searchParams: Promise<{ hasil?: string }>;
}) {
  const { kode } = await params;
  const { hasil } = await searchParams;
  const record = kode === "draf" ? null : await findLkipVerification(kode);
  const result = hasil ? uploadResult[hasil] : undefined;

  return (
    <div className="mx-auto max-w-2xl space-y-6" data-testid="verification">
      <h1 className="text-2xl font-semibold">Verifikasi LKIP</h1>
      {kode === "draf" ? (
        <p
          className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900"
          data-testid="verification-result"
        >
          Dokumen bertanda DRAFT belum final dan tidak memiliki kode verifikasi. Hanya LKIP yang telah
          ditetapkan final dapat diverifikasi.
        </p>
      ) : record ? (
        <div
          className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-emerald-900"
          data-testid="verification-result"
        >
          <p className="font-semibold">
            Kode {formatVerificationCode(record.code)} adalah LKIP final yang diterbitkan sistem ini.
          </p>
          <dl className="mt-3 grid grid-cols-[10rem_1fr] gap-1 text-sm">
            <dt>Perangkat daerah</dt>
            <dd>
              {record.opdName}, {record.pemdaName}
            </dd>
            <dt>Tahun</dt>
            <dd>{record.year}</dd>
            <dt>Revisi</dt>
            <dd>{record.revision}</dd>
            <dt>Ditetapkan</dt>
            <dd>{formatDateTime(record.createdAt, { seconds: true })} WIB</dd>
            <dt>SHA-256</dt>
            <dd className="break-all font-mono text-xs" data-testid="verification-sha256">
              {record.sha256}
            </dd>
          </dl>
        </div>
      ) : (
        <p
          className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900"
          data-testid="verification-result"
        >
          Kode ini tidak dikenal: tidak ada LKIP final dengan kode tersebut di sistem ini. Dokumen yang
          memuatnya tidak dapat dianggap asli.
        </p>
      )}
      {record && (
        <form
          action={`/verifikasi/${encodeURIComponent(kode)}/cek`}
          method="post"
          encType="multipart/form-data"
          className="space-y-3 rounded-lg border border-slate-200 p-4"
        >
          <FilePicker label="Cocokkan berkas PDF yang Anda terima" name="berkas" accept="application/pdf" />
          <Button type="submit">Cocokkan</Button>
          {result && (
            <p
              className={result.ok ? "text-emerald-800" : "text-red-800"}
              role="status"
              data-testid="upload-result"
            >
              {result.text}
            </p>
          )}
        </form>
      )}
      <VerificationCodeForm
        heading={
          record
            ? "Periksa kode lain"
            : kode === "draf"
              ? "Periksa kode sebuah LKIP final"
              : "Periksa kode yang tercetak di dokumen Anda"
        }
        signedIn={!!(await getPrincipal())}
      />
    </div>
  );
}
