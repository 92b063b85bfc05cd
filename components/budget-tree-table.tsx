"use client";

import Link from "next/link";
import { useState } from "react";
import type { BudgetTreeRow } from "@/lib/views/budget-tree-rows";
import { TableFrame, TableHead } from "@/components/ui/table";

const levelStyle: Record<BudgetTreeRow["level"], string> = {
  PEMDA: "bg-slate-800 text-white font-semibold",
  OPD: "bg-emerald-900 text-white font-semibold",
  PROGRAM: "bg-emerald-50 font-semibold",
  KEGIATAN: "bg-white font-medium",
  SUB_KEGIATAN: "bg-white text-slate-700",
  REKENING: "bg-white text-slate-500 text-xs",
};

/** Program → kegiatan → sub kegiatan table; every row with children folds. */
export function BudgetTreeTable({ rows }: { rows: BudgetTreeRow[] }) {
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const parentOf = new Map(rows.map((row) => [row.id, row.parentId]));
  const isHidden = (row: BudgetTreeRow): boolean => {
    for (let parent = row.parentId; parent; parent = parentOf.get(parent) ?? null) {
      if (collapsed.has(parent)) return true;
    }
    return false;
  };
  const toggle = (id: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <TableFrame label="Realisasi anggaran per program, kegiatan dan sub kegiatan">
      <table className="w-full min-w-[900px] border-collapse text-sm" data-testid="budget-tree">
        <TableHead>
          <th>Kode</th>
          <th>Program / Kegiatan / Sub Kegiatan</th>
          <th className="text-right">Pagu</th>
          <th className="text-right">Realisasi</th>
          <th className="text-right">Serapan</th>
          <th className="text-right">Sisa Anggaran</th>
        </TableHead>
        <tbody>
          {rows.map((row) =>
            isHidden(row) ? null : (
              <tr
                key={row.id}
                id={row.level === "KEGIATAN" ? `kegiatan-${row.id}` : undefined}
                data-level={row.level}
                data-code={row.code}
                className={`border-t border-slate-200 ${levelStyle[row.level]}`}
              >
                <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{row.code}</td>
                <td className="px-3 py-2" style={{ paddingLeft: `${0.75 + row.depth * 1.25}rem` }}>
                  {row.hasChildren ? (
                    <button
                      type="button"
                      onClick={() => toggle(row.id)}
                      aria-expanded={!collapsed.has(row.id)}
                      className="mr-1 inline-block w-4 text-left"
                      aria-label={collapsed.has(row.id) ? `Buka ${row.name}` : `Tutup ${row.name}`}
                    >
                      {collapsed.has(row.id) ? "▸" : "▾"}
                    </button>
                  ) : (
                    <span className="mr-1 inline-block w-4" />
                  )}
                  {row.href ? (
                    <Link href={row.href} className="text-emerald-900 underline-offset-2 hover:underline">
                      {row.name}
                    </Link>
                  ) : (
                    row.name
                  )}
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums" data-col="pagu">
                  {row.pagu}
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums" data-col="realisasi">
                  {row.realisasi}
                </td>
                <td
                  className={`whitespace-nowrap px-3 py-2 text-right tabular-nums ${row.overBudget ? "text-red-700" : ""}`}
                  data-col="serapan"
                  title={row.overBudget ? "Realisasi melebihi pagu" : undefined}
                >
                  <span>{row.serapan}</span>
                  {row.serapanBar !== null && (
                    <span className="ml-2 inline-block h-1.5 w-16 overflow-hidden rounded bg-slate-200 align-middle">
                      <span
                        className={`block h-full ${row.overBudget ? "bg-red-600" : "bg-emerald-600"}`}
                        style={{ width: `${row.serapanBar}%` }}
                      />
                    </span>
                  )}
                </td>
                <td
                  className={`whitespace-nowrap px-3 py-2 text-right tabular-nums ${row.overBudget ? "text-red-700" : ""}`}
                  data-col="sisa"
                >
                  {row.sisa}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </TableFrame>
  );
}
