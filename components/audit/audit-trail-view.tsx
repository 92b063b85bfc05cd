import Link from "next/link";
import { auditActionLabel, auditEntityLabel, isContext } from "@/lib/audit/describe-audit";
import { formatCount, formatDateTime } from "@/lib/format";
import { type AuditFilter, auditFilterQuery } from "@/lib/inputs/audit";
import type { AuditTrail } from "@/lib/audit/audit-trail";
import { Pagination } from "@/components/ui/pagination";
import { DateInput } from "@/components/ui/date-input";
import { DownloadLink } from "@/components/ui/download-link";
import { FieldError } from "@/components/ui/field";
import { TableFrame, TableHead } from "@/components/ui/table";

const select = "block rounded-md border border-slate-300 bg-white px-2 py-1";

/**
 * A trail with its filter form, its export link (the same query) and its pages: who, when, what item,
 * old → new field by field, and the reason. `path` is the page, `exportPath` its .xlsx.
 */
export function AuditTrailView({
  trail,
  filter,
  path,
  exportPath,
}: {
  trail: AuditTrail;
  filter: AuditFilter;
  path: string;
  exportPath: string;
}) {
  const { entries, page, users, items } = trail;
  const query = (changes: { halaman?: number }) => auditFilterQuery(filter, changes);
  const exportQuery = query({ halaman: undefined });
  return (
    <>
      <form className="flex flex-wrap items-end gap-3 text-sm" method="get" data-testid="audit-filter">
        <label>
          <span className="block font-medium">Dari tanggal</span>
          <DateInput name="dari" defaultValue={filter.dari} className={`${select} w-28`} />
        </label>
        <label>
          <span className="block font-medium">Sampai tanggal</span>
          <DateInput name="sampai" defaultValue={filter.sampai} className={`${select} w-28`} />
        </label>
        <label>
          <span className="block font-medium">Pengguna</span>
          <select name="pengguna" defaultValue={filter.pengguna ?? ""} className={select}>
            <option value="">Semua</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="block font-medium">Entitas</span>
          <select name="entitas" defaultValue={filter.entitas ?? ""} className={select}>
            <option value="">Semua</option>
            {Object.entries(auditEntityLabel).map(([entity, label]) => (
              <option key={entity} value={entity}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="min-w-0">
          <span className="block font-medium">Item</span>
          <select name="item" defaultValue={filter.item ?? ""} className={`${select} w-72 max-w-full`}>
            <option value="">Semua</option>
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-emerald-700 px-3 py-1 text-emerald-800">
          Saring
        </button>
        <Link href={path} className="px-1 py-1 text-emerald-800 hover:underline">
          Hapus saringan
        </Link>
        <span className="ml-auto">
          <DownloadLink
            href={`${exportPath}${exportQuery ? `?${exportQuery}` : ""}`}
            label="Unduh .xlsx"
            testId="audit-export"
          />
        </span>
      </form>
      <FieldError message={filter.dayErrors.dari} />
      <FieldError message={filter.dayErrors.sampai} />
      <p className="text-sm text-slate-600" data-testid="audit-count">
        {formatCount(page.total)} entri
      </p>
      {/* A phone gets one card per entry; the table's change column would be one character wide there. */}
      <ul className="space-y-3 md:hidden" data-testid="audit-cards">
        {entries.map((entry) => (
          <li
            key={entry.id}
            className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
            data-testid="audit-card"
            data-action={entry.action}
          >
            <p className="text-slate-600">
              <span className="tabular-nums">{formatDateTime(entry.createdAt, { seconds: true })}</span> ·{" "}
              {entry.user}
            </p>
            <EntryItem entry={entry} />
            <EntryChanges entry={entry} />
            {entry.reason && (
              <p className="whitespace-pre-line break-words">
                <span className="font-medium">Alasan / catatan: </span>
                {entry.reason}
              </p>
            )}
          </li>
        ))}
        {entries.length === 0 && <li className="text-slate-600">Belum ada perubahan tercatat.</li>}
      </ul>
      <div className="hidden md:block">
        <TableFrame label="Jejak audit">
          <table
            className="w-full min-w-[760px] table-fixed border-collapse text-sm"
            data-testid="audit-table"
          >
            <TableHead>
              <th className="w-36">Waktu (WIB)</th>
              <th className="w-40">Pengguna</th>
              <th className="w-64">Tindakan dan item</th>
              <th>Perubahan (lama → baru)</th>
              <th className="w-72">Alasan / catatan</th>
            </TableHead>
            <tbody>
              {entries.map((entry) => (
                <tr
                  key={entry.id}
                  className="border-t border-slate-200 bg-white align-top"
                  data-action={entry.action}
                >
                  <td className="px-3 py-2 tabular-nums">
                    {formatDateTime(entry.createdAt, { seconds: true })}
                  </td>
                  <td className="break-words px-3 py-2">{entry.user}</td>
                  <td className="break-words px-3 py-2">
                    <EntryItem entry={entry} />
                  </td>
                  <td className="px-3 py-2">
                    <EntryChanges entry={entry} />
                  </td>
                  <td className="whitespace-pre-line break-words px-3 py-2">{entry.reason ?? ""}</td>
                </tr>
              ))}
              {entries.length === 0 && (
                <tr>
                  <td colSpan={5} className="px-3 py-4 text-center text-slate-600">
                    Belum ada perubahan tercatat.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </TableFrame>
      </div>
      <Pagination
        info={page}
        noun="entri"
        label="Halaman jejak audit"
        hrefOf={(n) => `${path}?${query({ halaman: n })}`.replace(/\?$/, "")}
      />
    </>
  );
}

type AuditEntry = AuditTrail["entries"][number];

/** What was done, to which kind of item, and the item (a link to it where it has a page). */
function EntryItem({ entry }: { entry: AuditEntry }) {
  const entity = auditEntityLabel[entry.entity] ?? entry.entity;
  const item = entry.item && (
    <>
      {entry.item.kode && <span className="font-mono text-xs">{entry.item.kode} </span>}
      {entry.item.name}
    </>
  );
  return (
    <div className="break-words">
      <div className="font-medium">{auditActionLabel[entry.action] ?? entry.action}</div>
      {/* The LKIP and the PK are named by their item already. */}
      {!entry.item?.name.startsWith(entity) && <div className="text-slate-600">{entity}</div>}
      {entry.item?.href ? (
        <Link href={entry.item.href} className="text-emerald-800 hover:underline">
          {item}
        </Link>
      ) : (
        <span>{item}</span>
      )}
    </div>
  );
}

/** Each changed field: old → new (or the context a field only gives). */
function EntryChanges({ entry }: { entry: AuditEntry }) {
  return (
    <dl className="space-y-1">
      {entry.changes.map((change) => (
        <div key={change.field} className="break-words">
          <dt className="inline font-medium">{change.label}: </dt>
          <dd className="inline whitespace-pre-line">
            {isContext(change) ? (
              change.new?.text
            ) : (
              <>
                <span className="text-slate-500">{change.old?.text ?? "—"}</span> →{" "}
                <span>{change.new?.text ?? "—"}</span>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
