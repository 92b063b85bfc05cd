import { notFound } from "next/navigation";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { listAuditEntries } from "@/lib/server/audit/list-audit-entries";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { formatDateTime } from "@/lib/format";
import { recordId } from "@/lib/inputs/fields";

export const dynamic = "force-dynamic";

const show = (values: unknown) => (values === null || values === undefined ? "—" : JSON.stringify(values));

const entities = [
  "LaporanKinerja",
  "Program",
  "Kegiatan",
  "SubKegiatan",
  "RekeningBelanja",
  "Indikator",
  "Narrative",
  "PerjanjianKinerja",
];

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; tahun: string }>;
  searchParams: Promise<{ entitas?: string; pengguna?: string }>;
}) {
  const found = await requireOpdYearContext(await params);
  // A filter that cannot name anything of ours (a NUL byte, a made-up entity) filters on nothing.
  const query = await searchParams;
  const entitas = entities.includes(query.entitas ?? "") ? query.entitas : undefined;
  const pengguna = recordId.safeParse(query.pengguna).data;
  const trail = await listAuditEntries({
    ...found,
    filter: { entity: entitas || undefined, userId: pengguna || undefined },
  });
  if (!trail) notFound();
  const { entries, users } = trail;

  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={found.opd} year={found.year} />
        <h1 className="mt-2 text-2xl font-semibold">Jejak Audit {found.year}</h1>
        <p className="text-slate-600">
          Setiap perubahan data yang dilaporkan: siapa, kapan, nilai lama dan nilai baru.
        </p>
      </div>
      <form className="flex flex-wrap items-end gap-3 text-sm" method="get">
        <label>
          <span className="block font-medium">Entitas</span>
          <select
            name="entitas"
            defaultValue={entitas ?? ""}
            className="rounded-md border border-slate-300 px-2 py-1"
          >
            <option value="">Semua</option>
            {entities.map((entity) => (
              <option key={entity}>{entity}</option>
            ))}
          </select>
        </label>
        <label>
          <span className="block font-medium">Pengguna</span>
          <select
            name="pengguna"
            defaultValue={pengguna ?? ""}
            className="rounded-md border border-slate-300 px-2 py-1"
          >
            <option value="">Semua</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-emerald-700 px-3 py-1 text-emerald-800">
          Saring
        </button>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200">
        <table className="w-full border-collapse text-sm" data-testid="audit-table">
          <thead className="bg-slate-100 text-left text-xs uppercase text-slate-600">
            <tr>
              <th className="px-3 py-2">Waktu (WIB)</th>
              <th className="px-3 py-2">Pengguna</th>
              <th className="px-3 py-2">Tindakan</th>
              <th className="px-3 py-2">Entitas</th>
              <th className="px-3 py-2">Nilai lama</th>
              <th className="px-3 py-2">Nilai baru</th>
              <th className="px-3 py-2">Alasan / catatan</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id.toString()} className="border-t border-slate-200 bg-white align-top">
                <td className="whitespace-nowrap px-3 py-2">
                  {formatDateTime(entry.createdAt, { seconds: true })}
                </td>
                <td className="px-3 py-2">{entry.user?.name ?? "—"}</td>
                <td className="px-3 py-2 font-mono text-xs">{entry.action}</td>
                <td className="px-3 py-2">{entry.entity}</td>
                <td className="px-3 py-2 font-mono text-xs">{show(entry.oldValues)}</td>
                <td className="px-3 py-2 font-mono text-xs">{show(entry.newValues)}</td>
                <td className="px-3 py-2">{entry.reason ?? ""}</td>
              </tr>
            ))}
            {entries.length === 0 && (
              <tr>
                <td colSpan={7} className="px-3 py-4 text-center text-slate-600">
                  Belum ada perubahan tercatat.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
