"use client";

import { useState } from "react";
import { withSatuan } from "@/lib/format";
import type { IndicatorOwnerLevel } from "@/lib/inputs/indikator";
import { polarityDescription } from "@/lib/vocabulary";
import type { EditorIndicator } from "@/lib/views/indicator-editor";
import { IndicatorDefinitionForm } from "./indicator-definition-form";
import { IndicatorTargetForm } from "./indicator-target-form";

const COLUMNS = 7;

/** One indicator: its line in the owner's table and, when opened, its definition and target forms. */
export function IndicatorRow({
  indicator,
  ownerLevel,
  ownerId,
  year,
  canEdit,
}: {
  indicator: EditorIndicator;
  ownerLevel: IndicatorOwnerLevel;
  ownerId: string;
  year: number;
  canEdit: boolean;
}) {
  const [open, setOpen] = useState(false);
  const { definition, shown } = indicator;
  return (
    <tbody data-testid="indicator-row" data-indikator={indicator.id} className="border-t border-slate-200">
      <tr className="bg-white align-top">
        <td className="px-3 py-2">
          <div className="font-medium">
            {definition.name}
            {definition.isIku && (
              <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-800">IKU</span>
            )}
          </div>
          <div className="text-xs text-slate-500">
            {polarityDescription[definition.polarity]} ·{" "}
            {definition.calculation === "RASIO"
              ? `Rasio: ${definition.numeratorLabel} / ${definition.denominatorLabel} × 100`
              : "Langsung"}
          </div>
        </td>
        <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums" data-col="target">
          {withSatuan(shown.target, definition.satuan)}
          {shown.targetRenstra && <div className="text-xs text-slate-500">Renstra {shown.targetRenstra}</div>}
        </td>
        <td className="px-3 py-2 text-right tabular-nums" data-col="target-perubahan">
          {shown.targetPerubahan ? (
            <>
              <span className="whitespace-nowrap">
                {withSatuan(shown.targetPerubahan, definition.satuan)}
              </span>
              <div className="text-left text-xs text-slate-500" data-col="perubahan-reason">
                Alasan: {shown.perubahanReason}
              </div>
            </>
          ) : (
            "—"
          )}
        </td>
        <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums" data-col="realisasi">
          {shown.realisasi}
          {shown.ratio && <div className="text-xs text-slate-500">{shown.ratio}</div>}
        </td>
        <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums" data-col="capaian">
          {shown.capaian}
        </td>
        <td className="px-3 py-2" data-col="predikat">
          {shown.predikat ?? "—"}
        </td>
        <td className="px-3 py-2 text-right">
          {canEdit && (
            <button
              type="button"
              className="text-sm text-emerald-800 hover:underline"
              aria-expanded={open}
              onClick={() => setOpen(!open)}
            >
              {open ? "Tutup" : "Ubah"}
            </button>
          )}
        </td>
      </tr>
      {open && (
        <tr className="bg-slate-50">
          <td colSpan={COLUMNS} className="space-y-6 px-3 py-4">
            <IndicatorTargetForm
              key={definition.polarity}
              indikatorId={indicator.id}
              year={year}
              polarity={definition.polarity}
              satuan={definition.satuan}
              version={indicator.targetVersion}
              initial={indicator.targetValues}
            />
            <IndicatorDefinitionForm
              indikatorId={indicator.id}
              ownerLevel={ownerLevel}
              ownerId={ownerId}
              year={year}
              version={indicator.version}
              initial={definition}
            />
          </td>
        </tr>
      )}
    </tbody>
  );
}
