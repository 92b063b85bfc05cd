"use client";

import Link from "next/link";
import { useState } from "react";
import type { RegionOpdRow } from "@/lib/views/region-dashboard";
import { formatCount } from "@/lib/format";
import { PredikatBadge } from "./predikat-badge";
import { TableFrame, TableHead } from "@/components/ui/table";

type SortKey = "name" | "iku" | "serapan" | "status" | "findings";

const columns: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: "name", label: "Perangkat daerah", numeric: false },
  { key: "iku", label: "Capaian IKU", numeric: true },
  { key: "serapan", label: "Serapan", numeric: true },
  { key: "status", label: "Status LKIP", numeric: false },
  { key: "findings", label: "Temuan", numeric: true },
];

const sortValue = (row: RegionOpdRow, key: SortKey): number | string => {
  switch (key) {
    case "name":
      return row.name;
    case "status":
      return row.status;
    case "iku":
      return row.iku[0]?.capaian.value ?? -Infinity;
    case "serapan":
      return row.serapan.value ?? -Infinity;
    case "findings":
      return row.findings.total;
  }
};

/** Every OPD of the region; a click on a column heading sorts by it (again: the other way round). */
export function RegionTable({
  rows,
  total,
}: {
  rows: RegionOpdRow[];
  total: Omit<RegionOpdRow, "id" | "name" | "href" | "status" | "iku">;
}) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: "name", ascending: true });
  const sorted = [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return sort.ascending ? order : -order;
  });
  const toggle = (key: SortKey) =>
    setSort((current) => ({ key, ascending: current.key === key ? !current.ascending : key === "name" }));

  return (
    <TableFrame label="Perangkat daerah">
      <table className="w-full min-w-[720px] text-sm" data-testid="region-table">
        <TableHead>
          {columns.map((column) => (
            <th
              key={column.key}
              className={`${column.numeric ? "text-right" : ""} ${column.key === "name" ? "min-w-56" : ""}`}
              aria-sort={sort.key === column.key ? (sort.ascending ? "ascending" : "descending") : "none"}
            >
              <button type="button" onClick={() => toggle(column.key)} className="uppercase hover:underline">
                {column.label}
                {sort.key === column.key ? (sort.ascending ? " ▲" : " ▼") : ""}
              </button>
            </th>
          ))}
          <th className="text-right">Realisasi / pagu</th>
        </TableHead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.id} className="border-t border-slate-200" data-testid="region-row">
              <td className="px-3 py-2">
                <Link href={row.href} className="font-medium text-emerald-900 hover:underline">
                  {row.name}
                </Link>
                <div className="text-xs text-slate-500">
                  {row.counts.programs} program · {row.counts.kegiatan} kegiatan · {row.counts.subKegiatan}{" "}
                  sub kegiatan
                </div>
              </td>
              <td className="px-3 py-2 text-right">
                {row.iku.length === 0 && <span className="text-slate-500">Tanpa IKU</span>}
                {row.iku.map((iku) => (
                  <div key={iku.name} title={iku.name}>
                    <PredikatBadge capaian={iku.capaian} />
                  </div>
                ))}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums" data-col="serapan">
                {row.serapan.text}
              </td>
              <td className="px-3 py-2">{row.status}</td>
              <td className="px-3 py-2 text-right tabular-nums" data-col="findings">
                <span data-count="total">{formatCount(row.findings.total)}</span>
                <div className="whitespace-nowrap text-xs">
                  <span className={row.findings.errors > 0 ? "text-red-700" : undefined}>
                    <span data-count="errors">{formatCount(row.findings.errors)}</span> kesalahan
                  </span>
                  , <span data-count="warnings">{formatCount(row.findings.warnings)}</span> peringatan
                </div>
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right text-xs tabular-nums text-slate-600">
                {row.realisasi}
                <br />
                {row.pagu}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300 bg-slate-50 font-semibold" data-testid="region-total">
            <td className="px-3 py-2">
              Seluruh perangkat daerah
              <div className="text-xs font-normal text-slate-500">
                {total.counts.programs} program · {total.counts.kegiatan} kegiatan ·{" "}
                {total.counts.subKegiatan} sub kegiatan
              </div>
            </td>
            <td />
            <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{total.serapan.text}</td>
            <td />
            <td className="px-3 py-2 text-right tabular-nums">{total.findings.total}</td>
            <td className="whitespace-nowrap px-3 py-2 text-right text-xs tabular-nums">
              {total.realisasi}
              <br />
              {total.pagu}
            </td>
          </tr>
        </tfoot>
      </table>
    </TableFrame>
  );
}
