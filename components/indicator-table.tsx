import { withSatuan } from "@/lib/format";
import type { IndicatorRow } from "@/lib/views/indicator-rows";
import { TableFrame, TableHead } from "@/components/ui/table";

export function IndicatorTable({ rows }: { rows: IndicatorRow[] }) {
  return (
    <TableFrame label="Capaian indikator">
      <table className="w-full min-w-[900px] border-collapse text-sm" data-testid="indicator-table">
        <TableHead>
          <th>Sasaran / Program</th>
          <th>Indikator</th>
          <th className="text-right">Target</th>
          <th className="text-right">Realisasi</th>
          <th className="text-right">Capaian</th>
          <th>Predikat</th>
        </TableHead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200 bg-white" data-owner={row.ownerCode}>
              <td className="px-3 py-2">
                <span className="font-mono text-xs text-slate-500">{row.ownerCode}</span> {row.ownerName}
                {row.level === "SASARAN" && (
                  <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-800">
                    IKU
                  </span>
                )}
              </td>
              <td className="px-3 py-2">{row.name}</td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                {withSatuan(row.target, row.satuan)}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                {withSatuan(row.realisasi, row.satuan)}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums" data-col="capaian">
                {row.capaian}
              </td>
              <td className="px-3 py-2" data-col="predikat">
                {row.predikat ?? "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
