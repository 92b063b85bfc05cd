import { indicatorLevelLabel } from "@/lib/inputs/indikator";
import type { EditorOwner } from "@/lib/views/indicator-editor";
import { AddIndicator } from "./add-indicator";
import { IndicatorRow } from "./indicator-row";

/** One owner (sasaran, program, sub kegiatan...) with its indicators of the year. */
export function IndicatorOwnerCard({ owner, year }: { owner: EditorOwner; year: number }) {
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
          {indicatorLevelLabel[owner.level]}
          {owner.bidangName ? ` · ${owner.bidangName}` : ""}
        </p>
      </header>
      {owner.indicators.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[960px] border-collapse text-sm">
            <thead className="bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th className="px-3 py-2">Indikator</th>
                <th className="px-3 py-2 text-right">Target</th>
                <th className="px-3 py-2 text-right">Target perubahan</th>
                <th className="px-3 py-2 text-right">Realisasi</th>
                <th className="px-3 py-2 text-right">Capaian</th>
                <th className="px-3 py-2">Predikat</th>
                <th className="px-3 py-2">
                  <span className="sr-only">Aksi</span>
                </th>
              </tr>
            </thead>
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
        </div>
      ) : (
        <p className="text-sm text-slate-500">Belum ada indikator.</p>
      )}
      {owner.canEdit && <AddIndicator ownerLevel={owner.level} ownerId={owner.id} year={year} />}
    </article>
  );
}
