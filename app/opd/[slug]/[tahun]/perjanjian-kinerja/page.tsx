import type { Metadata } from "next";
import Link from "next/link";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { PrintButton } from "@/components/ui/print-button";
import { SignButton } from "@/components/pk/sign-button";
import { formatDateLong } from "@/lib/format";
import {
  perjanjianKinerjaTables,
  placeOf,
  pkParties,
  pkRevisionNotes,
  pkWording,
  type PkTable,
} from "@/lib/pk/perjanjian-kinerja-text";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadPerjanjianKinerja } from "@/lib/server/pk/load-perjanjian-kinerja";
import { loadRevisionForm } from "@/lib/server/revisions/load-revision-form";
import { loadTargetRevisions } from "@/lib/server/revisions/load-target-revisions";
import { RecordRevisionForm } from "@/components/revisions/record-revision-form";
import { RevisionHistory } from "@/components/revisions/revision-history";
import { TableFrame } from "@/components/ui/table";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Perjanjian Kinerja" };

const cell = "border border-slate-400 px-2 py-1 align-top";
const head = `${cell} bg-slate-100 text-left font-semibold`;
/** No, owner, indicator, target, pagu. */
const columnClass = ["w-10", "", "", "w-40", "w-44 text-right"];

/** A table of the Perjanjian Kinerja as lib/pk words it; the LKIP's Lampiran I prints the same lines. */
function PkTableView({ table, testId }: { table: PkTable; testId: string }) {
  const withPagu = table.total !== null;
  return (
    <section className="space-y-2">
      <h2 className="font-semibold">{table.title}</h2>
      <TableFrame label={table.title} plain fixedColumn={false}>
        <table className="w-full min-w-[480px] table-fixed border-collapse" data-testid={testId}>
          <thead>
            <tr>
              {table.columns.map((column, i) => (
                <th key={column} className={`${head} ${columnClass[i]}`}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.lines.map((line) => (
              <tr key={line.key} data-code={line.code}>
                {line.span > 0 && (
                  <>
                    <td className={cell} rowSpan={line.span}>
                      {line.number}
                    </td>
                    <td className={`${cell} break-words`} rowSpan={line.span}>
                      {line.owner}
                      {line.ownerNote && <div className="text-xs text-slate-600">{line.ownerNote}</div>}
                    </td>
                  </>
                )}
                {line.target.length > 0 ? (
                  <>
                    <td className={`${cell} break-words`}>{line.indicator}</td>
                    <td className={`${cell} tabular-nums`}>
                      {line.target[0]}
                      {line.target.slice(1).map((text) => (
                        <div
                          key={text}
                          className="mt-1 text-xs text-slate-700"
                          data-testid="target-perubahan"
                        >
                          {text}
                        </div>
                      ))}
                    </td>
                  </>
                ) : (
                  <td className={`${cell} text-slate-500`} colSpan={2}>
                    {line.indicator}
                  </td>
                )}
                {withPagu && line.span > 0 && (
                  <td className={`${cell} whitespace-nowrap text-right tabular-nums`} rowSpan={line.span}>
                    {line.pagu}
                  </td>
                )}
              </tr>
            ))}
            {table.lines.length === 0 && (
              <tr>
                <td className={cell} colSpan={table.columns.length}>
                  {table.empty}
                </td>
              </tr>
            )}
          </tbody>
          {table.total && (
            <tfoot>
              <tr>
                <td className={`${head} text-right`} colSpan={table.columns.length - 1}>
                  {table.total.label}
                </td>
                <td
                  className={`${head} whitespace-nowrap text-right tabular-nums`}
                  data-testid="pk-total-pagu"
                >
                  {table.total.pagu}
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      </TableFrame>
    </section>
  );
}

export default async function PerjanjianKinerjaPage({
  params,
}: {
  params: Promise<{ slug: string; tahun: string }>;
}) {
  const context = await requireOpdYearContext(await params);
  const { opd, year, rights } = context;
  const [pk, history, formRows] = await Promise.all([
    loadPerjanjianKinerja(context),
    loadTargetRevisions(context, "PK"),
    rights.recordRevision ? loadRevisionForm(context, "PK") : [],
  ]);

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
  const parties = pkParties(record);
  const tables = perjanjianKinerjaTables(pk);
  const place = placeOf(pk.pemdaName);
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
        <p>{pkWording.opening}</p>
        <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 pl-4" data-testid="pihak-pertama">
          {parties.pertama.map(([label, value]) => (
            <div key={label} className="contents">
              <dt>{label}</dt>
              <dd>: {value}</dd>
            </div>
          ))}
        </dl>
        <p>{pkWording.pihakPertama}</p>
        <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 pl-4" data-testid="pihak-kedua">
          {parties.kedua.map(([label, value]) => (
            <div key={label} className="contents">
              <dt>{label}</dt>
              <dd>: {value}</dd>
            </div>
          ))}
        </dl>
        <p>{pkWording.pihakKedua}</p>

        <div className="break-inside-avoid">
          <PkTableView table={tables.sasaran} testId="pk-sasaran" />
        </div>
        <PkTableView table={tables.programs} testId="pk-program" />
        <p data-testid="pk-rencana-aksi">
          Target per triwulan dan rencana penarikan dana dituangkan dalam{" "}
          <Link className="text-emerald-800 underline" href={`/opd/${opd.slug}/${year}/rencana-aksi`}>
            Rencana Aksi {year}
          </Link>
          , yang ditandatangani bersama Perjanjian Kinerja ini
          {record.signedAt ? " dan tidak dapat diubah lagi." : "."}
        </p>

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
                <span className="text-xs text-slate-500 print:hidden">{pkWording.unsigned}</span>
              )}
            </div>
            <p className="font-semibold underline">{record.signerName}</p>
            {record.signerNip && <p>NIP. {record.signerNip}</p>}
          </div>
        </section>
        {pk.revisionDocuments.length > 0 && (
          <section className="space-y-1 text-xs" data-testid="pk-revision-notes">
            {pkRevisionNotes(pk.revisionDocuments).map((note) => (
              <p key={note}>{note}</p>
            ))}
          </section>
        )}
      </article>
      <div className="mx-auto max-w-4xl space-y-6 print:hidden">
        <RevisionHistory kind="PK" history={history} />
        {rights.recordRevision && formRows.length > 0 && (
          <RecordRevisionForm opdId={opd.id} year={year} kind="PK" rows={formRows} />
        )}
      </div>
    </div>
  );
}
