import type { ReactNode } from "react";
import type { EditorOwner } from "@/lib/views/indicator-editor";
import { levelTitle } from "@/lib/vocabulary";
import { AddIndicator } from "./add-indicator";
import { IndicatorRow } from "./indicator-row";
import { TableFrame, TableHead } from "@/components/ui/table";

/** One owner (sasaran, program, sub kegiatan...) with its indicators of the year; `children`: its review notes. */
export function IndicatorOwnerCard({
  owner,
  year,
  children,
}: {
  owner: EditorOwner;
  year: number;
  children?: ReactNode;
}) {
  return (
    <article
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="indicator-owner"
      data-owner={owner.code}
      data-level={owner.level}
    >
      <header>
        <h3 className="font-medium">
          <span className="font-mono text-sm text-slate-500">{owner.code}</span> {owner.name}
        </h3>
        <p className="text-xs text-slate-500">
          {levelTitle(owner.level)}
          {owner.bidangName ? ` · ${owner.bidangName}` : ""}
        </p>
      </header>
      {owner.indicators.length > 0 ? (
        <TableFrame label={`Indikator ${owner.code} ${owner.name}`} plain>
          <table className="w-full min-w-[960px] border-collapse text-sm">
            <TableHead>
              <th>Indikator</th>
              <th className="text-right">Target</th>
              <th className="text-right">Target perubahan</th>
              <th className="text-right">Realisasi</th>
              <th className="text-right">Capaian</th>
              <th>Predikat</th>
              <th>
                <span className="sr-only">Aksi</span>
              </th>
            </TableHead>
            {owner.indicators.map((indicator) => (
              <IndicatorRow
                key={indicator.id}
                indicator={indicator}
                ownerLevel={owner.level}
                ownerId={owner.id}
                year={year}
                canEdit={owner.canEdit}
              />
            ))}
          </table>
        </TableFrame>
      ) : (
        <p className="text-sm text-slate-500">Belum ada indikator.</p>
      )}
      {owner.canEdit && <AddIndicator ownerLevel={owner.level} ownerId={owner.id} year={year} />}
      {children}
    </article>
  );
}
