import { citeRevision, type TargetRevisionHistory } from "@/lib/calc/target-revisions";
import { formatDateLong, formatTarget } from "@/lib/format";
import { targetRevisionKindLabel, type TargetRevisionKind } from "@/lib/vocabulary";
import { TableFrame, TableHead } from "@/components/ui/table";

const cell = "border-t border-slate-200 px-3 py-2 align-top";

/**
 * "Riwayat revisi": the documents that changed the year's targets and, per indicator, the target awal
 * and each document's target with the document, in the order they took effect.
 */
export function RevisionHistory({
  kind,
  history,
}: {
  kind: TargetRevisionKind;
  history: TargetRevisionHistory;
}) {
  const label = targetRevisionKindLabel[kind];
  return (
    <section className="space-y-3" data-testid={`riwayat-revisi-${kind.toLowerCase()}`}>
      <h2 className="text-lg font-semibold">Riwayat revisi ({label})</h2>
      {history.documents.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada {label} yang dicatat untuk tahun ini.</p>
      ) : (
        <>
          <TableFrame label={`Dokumen ${label}`}>
            <table className="w-full min-w-[640px] text-sm" data-testid="revision-documents">
              <TableHead>
                <th>Nomor</th>
                <th>Tanggal</th>
                <th>Berlaku mulai</th>
                <th>Alasan</th>
                <th>Dicatat oleh</th>
              </TableHead>
              <tbody>
                {history.documents.map((d) => (
                  <tr key={d.id}>
                    <td className={`${cell} font-medium`}>{d.nomor}</td>
                    <td className={`${cell} whitespace-nowrap`}>{formatDateLong(d.tanggal)}</td>
                    <td className={`${cell} whitespace-nowrap`}>{formatDateLong(d.berlakuMulai)}</td>
                    <td className={`${cell} break-words`}>{d.alasan}</td>
                    <td className={cell}>{d.createdByName ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
          <TableFrame label="Target awal dan perubahan per indikator">
            <table className="w-full min-w-[640px] text-sm" data-testid="revision-targets">
              <TableHead>
                <th>Indikator</th>
                <th className="text-right">Target awal</th>
                <th>Perubahan</th>
              </TableHead>
              <tbody>
                {history.indicators.map((i) => (
                  <tr key={i.indikatorId}>
                    <td className={`${cell} break-words`}>{i.name}</td>
                    <td className={`${cell} whitespace-nowrap text-right tabular-nums`}>
                      {formatTarget(i.awal, i.satuan)}
                    </td>
                    <td className={cell}>
                      <ol className="space-y-1">
                        {i.revisions.map((r) => (
                          <li key={r.document.id}>
                            <span className="font-medium tabular-nums">{formatTarget(r, i.satuan)}</span> —{" "}
                            {citeRevision(r.document)}, berlaku mulai{" "}
                            {formatDateLong(r.document.berlakuMulai)}
                          </li>
                        ))}
                      </ol>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        </>
      )}
    </section>
  );
}
