import Link from "next/link";
import { PredikatBadge } from "@/components/dashboard/predikat-badge";
import { buttonClass } from "@/components/ui/button";
import { TableFrame, TableHead } from "@/components/ui/table";
import { formatCount, formatDateLong } from "@/lib/format";
import { formatVerificationCode, verificationPath } from "@/lib/lkip/verification-code";
import { type PublicLkip, publicLkipPath } from "@/lib/views/public-portal";

/** One FINAL LKIP of an OPD on the public portal: the PDF, its verification and the IKU capaian it reports. */
export function PublicLkipCard({
  pemdaCode,
  slug,
  opdName,
  lkip,
}: {
  pemdaCode: string;
  slug: string;
  opdName: string;
  lkip: PublicLkip;
}) {
  return (
    <article className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="public-lkip">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 className="text-lg font-semibold">LKIP {lkip.year}</h3>
          <p className="text-sm text-slate-600">
            Final, revisi {lkip.revision}, ditetapkan {formatDateLong(lkip.finalisedAt)} ·{" "}
            {formatCount(lkip.pageCount)} halaman
          </p>
        </div>
        <a
          href={publicLkipPath(pemdaCode, slug, lkip.year, lkip.revision)}
          download
          className={buttonClass("primary")}
          aria-label={`Unduh PDF LKIP ${opdName} ${lkip.year}`}
          data-testid="public-download"
        >
          Unduh PDF
        </a>
      </div>
      <p className="text-sm">
        Kode verifikasi{" "}
        <Link
          href={verificationPath(lkip.code)}
          className="font-mono text-emerald-800 underline"
          data-testid="public-verification"
        >
          {formatVerificationCode(lkip.code)}
        </Link>
        <span className="mt-1 block break-all font-mono text-xs text-slate-500">SHA-256 {lkip.sha256}</span>
      </p>
      {lkip.iku === null ? (
        <p className="text-sm text-slate-600">Capaian IKU tahun ini tidak tersimpan bersama LKIP finalnya.</p>
      ) : lkip.iku.length === 0 ? (
        <p className="text-sm text-slate-600">LKIP ini tidak memuat Indikator Kinerja Utama.</p>
      ) : (
        <TableFrame label={`Capaian IKU ${opdName} ${lkip.year}`}>
          <table className="w-full min-w-[640px] text-sm" data-testid="public-iku">
            <TableHead>
              <th className="min-w-56">Indikator Kinerja Utama</th>
              <th className="text-right">Target</th>
              <th className="text-right">Realisasi</th>
              <th className="text-right">Capaian</th>
            </TableHead>
            <tbody>
              {lkip.iku.map((row) => (
                <tr key={row.id} className="border-t border-slate-200" data-testid="public-iku-row">
                  <td className="px-3 py-2">
                    {row.name}
                    <span className="block text-xs text-slate-500">Sasaran {row.sasaran}</span>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{row.target}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{row.realisasi}</td>
                  <td className="px-3 py-2 text-right">
                    <PredikatBadge capaian={row.capaian} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </article>
  );
}
