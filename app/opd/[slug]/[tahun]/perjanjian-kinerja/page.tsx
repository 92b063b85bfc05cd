import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { PrintButton } from "@/components/ui/print-button";
import { SignButton } from "@/components/pk/sign-button";
import { formatDateLong, formatFigure, formatRupiah } from "@/lib/format";
import type { PkIndicator, PkTarget } from "@/lib/pk/assemble-perjanjian-kinerja";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadPerjanjianKinerja } from "@/lib/server/pk/load-perjanjian-kinerja";

export const dynamic = "force-dynamic";

const cell = "border border-slate-400 px-2 py-1 align-top";
const head = `${cell} bg-slate-100 text-left font-semibold`;

function targetText(target: PkTarget, indicator: PkIndicator): string {
  if (target.value === null) return "belum ditetapkan";
  const value = formatFigure(target.value);
  return indicator.isRange && target.upper ? `${value} – ${formatFigure(target.upper)}` : value;
}

function TargetCell({ indicator }: { indicator: PkIndicator }) {
  return (
    <td className={`${cell} tabular-nums`}>
      {targetText(indicator.target, indicator)} {indicator.satuan}
      {indicator.perubahan && (
        <div className="mt-1 text-xs text-slate-700" data-testid="target-perubahan">
          Target perubahan: {targetText(indicator.perubahan, indicator)} {indicator.satuan}
          {indicator.perubahan.reason && <> — alasan: {indicator.perubahan.reason}</>}
        </div>
      )}
    </td>
  );
}

export default async function PerjanjianKinerjaPage({
  params,
}: {
  params: Promise<{ slug: string; tahun: string }>;
}) {
  const context = await requireOpdYearContext(await params);
  const pk = await loadPerjanjianKinerja(context);
  const { opd, year, rights } = context;

  if (!pk) {
    return (
      <div className="space-y-4">
        <OpdYearBackLink opd={opd} year={year} />
        <h1 className="text-2xl font-semibold">Perjanjian Kinerja {year}</h1>
        <p className="text-slate-600">
          Tahun ini belum memiliki Perjanjian Kinerja (penandatangan belum dicatat).
        </p>
      </div>
    );
  }
  const { record } = pk;
  const place = pk.pemdaName.replace(/^(Kabupaten|Kota|Provinsi)\s+/, "");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <OpdYearBackLink opd={opd} year={year} />
        <div className="flex items-center gap-3">
          {rights.signPerjanjianKinerja && !record.signedAt && (
            <SignButton perjanjianKinerjaId={record.id} version={record.version} />
          )}
          <PrintButton />
        </div>
      </div>
      <article
        className="mx-auto max-w-4xl space-y-6 rounded-lg border border-slate-200 bg-white p-8 text-sm leading-relaxed print:border-0 print:p-0"
        data-testid="perjanjian-kinerja"
      >
        <header className="text-center">
          <h1 className="text-xl font-bold uppercase">Perjanjian Kinerja Tahun {year}</h1>
          <p className="font-semibold uppercase">{pk.opdName}</p>
          <p>{pk.pemdaName}</p>
        </header>
        <p>
          Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta
          berorientasi pada hasil, kami yang bertanda tangan di bawah ini:
        </p>
        <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 pl-4" data-testid="pihak-pertama">
          <dt>Nama</dt>
          <dd>: {record.signerName}</dd>
          <dt>NIP</dt>
          <dd>: {record.signerNip ?? "—"}</dd>
          <dt>Jabatan</dt>
          <dd>: {record.signerTitle}</dd>
        </dl>
        <p>selanjutnya disebut pihak pertama;</p>
        <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 pl-4" data-testid="pihak-kedua">
          <dt>Nama</dt>
          <dd>: {record.counterpartName ?? "—"}</dd>
          <dt>Jabatan</dt>
          <dd>: {record.counterpartTitle}</dd>
        </dl>
        <p>
          selaku atasan pihak pertama, selanjutnya disebut pihak kedua. Pihak pertama berjanji akan mewujudkan
          target kinerja tahunan sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka
          menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan
          pencapaian target kinerja tersebut menjadi tanggung jawab pihak pertama. Pihak kedua akan memberikan
          supervisi yang diperlukan serta melakukan evaluasi terhadap capaian kinerja dari perjanjian ini.
        </p>

        <section className="space-y-2 break-inside-avoid">
          <h2 className="font-semibold">A. Sasaran strategis, indikator kinerja dan target</h2>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[480px] table-fixed border-collapse" data-testid="pk-sasaran">
              <thead>
                <tr>
                  <th className={`${head} w-10`}>No</th>
                  <th className={head}>Sasaran Strategis</th>
                  <th className={head}>Indikator Kinerja</th>
                  <th className={`${head} w-44`}>Target {year}</th>
                </tr>
              </thead>
              <tbody>
                {pk.sasaran.flatMap((sasaran, s) =>
                  sasaran.indicators.map((indicator, i) => (
                    <tr key={indicator.id}>
                      {i === 0 && (
                        <>
                          <td className={cell} rowSpan={sasaran.indicators.length}>
                            {s + 1}
                          </td>
                          <td className={`${cell} break-words`} rowSpan={sasaran.indicators.length}>
                            {sasaran.text}
                          </td>
                        </>
                      )}
                      <td className={`${cell} break-words`}>{indicator.name}</td>
                      <TargetCell indicator={indicator} />
                    </tr>
                  )),
                )}
                {pk.sasaran.length === 0 && (
                  <tr>
                    <td className={cell} colSpan={4}>
                      Belum ada sasaran strategis dengan indikator untuk tahun ini.
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        </section>

        <section className="space-y-2">
          <h2 className="font-semibold">B. Program, indikator dan anggaran</h2>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[480px] table-fixed border-collapse" data-testid="pk-program">
              <thead>
                <tr>
                  <th className={`${head} w-10`}>No</th>
                  <th className={head}>Program</th>
                  <th className={head}>Indikator Program</th>
                  <th className={`${head} w-36`}>Target {year}</th>
                  <th className={`${head} w-44 text-right`}>Anggaran (pagu)</th>
                </tr>
              </thead>
              <tbody>
                {pk.programs.flatMap((program, p) => {
                  const rows = program.indicators.length > 0 ? program.indicators : [null];
                  return rows.map((indicator, i) => (
                    <tr key={`${program.code}-${indicator?.id ?? "none"}`} data-code={program.code}>
                      {i === 0 && (
                        <>
                          <td className={cell} rowSpan={rows.length}>
                            {p + 1}
                          </td>
                          <td className={`${cell} break-words`} rowSpan={rows.length}>
                            <span className="font-mono text-xs">{program.code}</span> {program.name}
                            <div className="text-xs text-slate-600">
                              {program.kegiatan} kegiatan, {program.subKegiatan} sub kegiatan
                            </div>
                          </td>
                        </>
                      )}
                      {indicator ? (
                        <>
                          <td className={`${cell} break-words`}>{indicator.name}</td>
                          <TargetCell indicator={indicator} />
                        </>
                      ) : (
                        <td className={`${cell} text-slate-500`} colSpan={2}>
                          Belum ada indikator program.
                        </td>
                      )}
                      {i === 0 && (
                        <td
                          className={`${cell} whitespace-nowrap text-right tabular-nums`}
                          rowSpan={rows.length}
                        >
                          {formatRupiah(program.pagu)}
                        </td>
                      )}
                    </tr>
                  ));
                })}
              </tbody>
              <tfoot>
                <tr>
                  <td className={`${head} text-right`} colSpan={4}>
                    Jumlah anggaran
                  </td>
                  <td
                    className={`${head} whitespace-nowrap text-right tabular-nums`}
                    data-testid="pk-total-pagu"
                  >
                    {formatRupiah(pk.totalPagu)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </section>

        <section
          className="grid grid-cols-2 gap-8 pt-6 text-center break-inside-avoid"
          data-testid="pk-signatures"
        >
          <div>
            <p>&nbsp;</p>
            <p>Pihak Kedua,</p>
            <p className="font-semibold">{record.counterpartTitle}</p>
            <div className="h-20" />
            <p className="font-semibold underline">{record.counterpartName ?? "(…………………………)"}</p>
          </div>
          <div>
            <p>
              {place}, {record.signedAt ? formatDateLong(record.signedAt) : "……………… " + year}
            </p>
            <p>Pihak Pertama,</p>
            <p className="font-semibold">{record.signerTitle}</p>
            <div className="flex h-20 items-center justify-center" data-testid="pk-sign-status">
              {record.signedAt ? (
                <span className="rounded border border-emerald-600 px-2 py-0.5 text-xs text-emerald-800">
                  Ditandatangani secara elektronik, {formatDateLong(record.signedAt)}
                </span>
              ) : (
                <span className="text-xs text-slate-500 print:hidden">Belum ditandatangani</span>
              )}
            </div>
            <p className="font-semibold underline">{record.signerName}</p>
            {record.signerNip && <p>NIP. {record.signerNip}</p>}
          </div>
        </section>
      </article>
    </div>
  );
}
