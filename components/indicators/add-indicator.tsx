"use client";

import { useState } from "react";
import type { IndicatorOwnerLevel } from "@/lib/inputs/indikator";
import { emptyDefinition, IndicatorDefinitionForm } from "./indicator-definition-form";

/** "Tambah indikator" under one owner: the definition first; its target is set on the new line. */
export function AddIndicator({
  ownerLevel,
  ownerId,
  year,
}: {
  ownerLevel: IndicatorOwnerLevel;
  ownerId: string;
  year: number;
}) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button
        type="button"
        className="text-sm text-emerald-800 hover:underline"
        onClick={() => setOpen(true)}
      >
        + Tambah indikator
      </button>
    );
  }
  return (
    <div className="rounded-md border border-dashed border-slate-300 p-3">
      <IndicatorDefinitionForm
        indikatorId={null}
        ownerLevel={ownerLevel}
        ownerId={ownerId}
        year={year}
        version={null}
        initial={emptyDefinition}
        onSaved={() => setOpen(false)}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}
