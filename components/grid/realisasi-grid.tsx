"use client";

import Decimal from "decimal.js";
import { useMemo, useState } from "react";
import { saveRealisasiGridAction } from "@/lib/actions/realisasi-grid";
import { type BudgetNodeResult, flattenBudgetInput, listBudgetRows, rollupBudget } from "@/lib/calc/budget";
import { checkBudget } from "@/lib/calc/checks-budget";
import { formatRupiah } from "@/lib/format";
import type { Finding } from "@/lib/calc/finding";
import { describeSerapan } from "@/lib/calc/serapan";
import { fromGridSettings, type GridData, toBudgetInput } from "@/lib/grid/grid-model";
import { formatInputRupiah } from "@/lib/parse/indonesian-number";
import {
  cellMessage,
  cellsOf,
  describeGridIndicator,
  type GridCell,
  type GridRow,
  listGridRows,
  parseCell,
  showDecimal,
} from "@/lib/grid/grid-rows";
import { ActionError } from "../forms/action-error";
import { useMutationAction } from "../forms/use-mutation-action";
import { onGridKeyDown, pasteColumn } from "./grid-navigation";
import { Button } from "@/components/ui/button";
import { TableHead } from "@/components/ui/table";

const asStored = (kind: GridCell["kind"], value: Decimal) =>
  kind === "RUPIAH" ? formatInputRupiah(value) : showDecimal(value.toString());

const amountText = (node: BudgetNodeResult | undefined) =>
  node?.realisasi.status === "KNOWN" ? formatRupiah(node.realisasi.value) : "—";

/**
 * The quarterly entry grid: every budget leaf and output indicator of the planner's scope for one
 * triwulan. Serapan, capaian and anomaly warnings are recomputed by lib/calc as the planner types; one
 * save sends every changed cell, and the server stores all of them or none.
 */
export function RealisasiGrid({ data }: { data: GridData }) {
  const rows = useMemo(() => listGridRows(data), [data]);
  const settings = useMemo(() => fromGridSettings(data.settings), [data.settings]);
  const cells = useMemo(() => rows.flatMap((row) => cellsOf(row).map((cell) => ({ row, cell }))), [rows]);
  // Only what the planner typed; every other cell shows its stored value, also after a refresh.
  const [edits, setEdits] = useState<Record<string, string>>({});
  const textOf = (cell: GridCell) => edits[cell.key] ?? cell.stored;
  // The grid's own outcome: what it refused before sending, or how many cells were saved.
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const dirty = cells.filter(({ cell }) => textOf(cell) !== cell.stored);
  const parsed = new Map<string, Decimal>();
  const errors: Record<string, string> = {};
  for (const { row, cell } of dirty) {
    const result = parseCell(cell.kind, textOf(cell));
    if (result.ok) parsed.set(cell.key, result.value);
    else errors[cell.key] = cellMessage(row, cell, result.message);
  }

  const budgetInput = toBudgetInput(data, parsed);
  const budget = rollupBudget({ root: budgetInput, throughQuarter: data.quarter });
  const nodes = new Map(listBudgetRows(budget).map(({ node }) => [node.id, node]));
  const inputs = new Map(flattenBudgetInput(budgetInput).map((node) => [node.id, node]));
  // A leaf's own checks (kode repeat across sub kegiatan: rekening lines share theirs).
  const warningsOf = (id: string): Finding[] => {
    const [root, result] = [inputs.get(id), nodes.get(id)];
    return root && result ? checkBudget({ root, result, throughQuarter: data.quarter }) : [];
  };

  const setText = (key: string, value: string) => setEdits((current) => ({ ...current, [key]: value }));

  const { run, pending, error, clearError, reload } = useMutationAction(saveRealisasiGridAction, {
    onSuccess: ({ saved }) => {
      // Saved cells now read as the server will store them, so they match the refreshed stored values.
      setEdits((current) => ({
        ...current,
        ...Object.fromEntries(
          dirty.map(({ cell }) => [cell.key, asStored(cell.kind, parsed.get(cell.key)!)]),
        ),
      }));
      setMessage({ ok: true, text: `${saved} isian tersimpan.` });
    },
  });
  // The server's messages per cell (key → message), shown on the cells it refused.
  const serverErrors = error?.fields ?? {};

  const save = async () => {
    setMessage(null);
    if (Object.keys(errors).length > 0) {
      clearError();
      return setMessage({
        ok: false,
        text: `Tidak ada yang disimpan. Perbaiki dulu:\n${Object.values(errors).join("\n")}`,
      });
    }
    await run({
      opdId: data.opd.id,
      year: data.year,
      quarter: data.quarter,
      cells: dirty.map(({ row, cell }) => ({
        key: cell.key,
        text: textOf(cell),
        version: cell.version,
        row: row.row,
      })),
    });
  };
  // "Muat ulang lalu isi kembali": the typed values are dropped and the stored ones shown.
  const reloadStored = () => {
    setEdits({});
    reload();
  };

  const input = (row: GridRow, cell: GridCell, col: number) => {
    const error = errors[cell.key] ?? serverErrors[cell.key];
    return (
      <input
        aria-label={`Baris ${row.row} ${cell.label}`}
        data-grid-row={row.row}
        data-grid-col={col}
        data-grid-key={cell.key}
        inputMode="decimal"
        disabled={!data.editable || cell.locked !== null}
        value={textOf(cell)}
        onChange={(event) => setText(cell.key, event.target.value)}
        onKeyDown={onGridKeyDown}
        onPaste={(event) => {
          const pasted = pasteColumn(event);
          if (pasted) setEdits((current) => ({ ...current, ...Object.fromEntries(pasted) }));
        }}
        title={error ?? cell.locked ?? undefined}
        className={`w-40 rounded border px-2 py-1 text-right tabular-nums ${
          error
            ? "border-red-500 bg-red-50"
            : textOf(cell) !== cell.stored
              ? "border-amber-400 bg-amber-50"
              : "border-slate-300"
        }`}
      />
    );
  };

  const opd = nodes.get(data.opd.id);
  const annualOnly = cells.length > 0 && cells.every(({ cell }) => cell.locked !== null);
  return (
    <div className="space-y-4">
      {annualOnly && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="grid-annual-only">
          Realisasi tahun {data.year} tercatat sebagai total tahunan (dimuat dari laporan yang sudah jadi),
          sehingga tidak diisi per triwulan. Angka di bawah adalah total setahun.
        </p>
      )}
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="grid-summary">
        <div className="rounded-lg border border-slate-200 bg-white p-3">
          <div className="text-xs uppercase text-slate-500">Serapan OPD s.d. TW{data.quarter}</div>
          <div className="text-lg font-semibold tabular-nums" data-testid="opd-serapan">
            {opd ? describeSerapan(opd.serapan) : "—"}
          </div>
        </div>
        {data.programs.map((program) => {
          const node = nodes.get(program.id);
          return (
            <div
              key={program.id}
              className="rounded-lg border border-slate-200 bg-white p-3"
              data-program={program.code}
            >
              <div className="truncate text-xs text-slate-500" title={program.name}>
                {program.code} {program.name}
              </div>
              <div className="font-semibold tabular-nums" data-col="serapan">
                {node ? describeSerapan(node.serapan) : "—"}
              </div>
            </div>
          );
        })}
      </div>

      <div
        className="overflow-x-auto rounded-lg border border-slate-200"
        data-grid
        data-testid="realisasi-grid"
      >
        <table className="w-full min-w-[1100px] border-collapse text-sm">
          <TableHead>
            <th>No</th>
            <th>Sub kegiatan / indikator</th>
            <th className="text-right">Pagu / target</th>
            <th className="text-right">Realisasi TW{data.quarter}</th>
            <th className="text-right">Penyebut</th>
            <th className="text-right">Kumulatif</th>
            <th className="text-right">Serapan / capaian</th>
            <th>Peringatan</th>
          </TableHead>
          <tbody>
            {rows.map((row) => {
              if (row.type === "ANGGARAN") {
                const node = nodes.get(row.leaf.id);
                const warnings = warningsOf(row.leaf.id);
                return (
                  <tr
                    key={row.cell.key}
                    className="border-t border-slate-200 bg-white"
                    data-row={row.row}
                    data-code={row.leaf.code}
                  >
                    <td className="px-2 py-1 text-slate-500">{row.row}</td>
                    <td className="px-2 py-1">
                      <span className="font-mono text-xs text-slate-500">{row.leaf.code}</span>{" "}
                      {row.leaf.name}
                    </td>
                    <td className="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                      {node ? formatRupiah(node.pagu) : "—"}
                    </td>
                    <td className="px-2 py-1 text-right">{input(row, row.cell, 0)}</td>
                    <td />
                    <td className="whitespace-nowrap px-2 py-1 text-right tabular-nums" data-col="kumulatif">
                      {amountText(node)}
                    </td>
                    <td className="px-2 py-1 text-right tabular-nums" data-col="serapan">
                      {node ? describeSerapan(node.serapan) : "—"}
                    </td>
                    <td className="px-2 py-1 text-xs" data-col="peringatan">
                      {(errors[row.cell.key] ?? serverErrors[row.cell.key]) && (
                        <div className="font-medium text-red-700">
                          {errors[row.cell.key] ?? serverErrors[row.cell.key]}
                        </div>
                      )}
                      {warnings.map((f, i) => (
                        <div key={i} className={f.severity === "ERROR" ? "text-red-700" : "text-amber-700"}>
                          {f.message}
                        </div>
                      ))}
                    </td>
                  </tr>
                );
              }
              const shown = describeGridIndicator({
                indicator: row.indicator,
                quarter: data.quarter,
                edits: parsed,
                settings,
              });
              return (
                <tr
                  key={row.cells[0]!.key}
                  className="border-t border-slate-100 bg-slate-50"
                  data-row={row.row}
                >
                  <td className="px-2 py-1 text-slate-500">{row.row}</td>
                  <td className="px-2 py-1 pl-6 text-slate-700">
                    ↳ {row.indicator.name} <span className="text-slate-500">({row.indicator.satuan})</span>
                  </td>
                  <td className="px-2 py-1 text-right tabular-nums" data-col="target">
                    {shown.target}
                  </td>
                  <td className="px-2 py-1 text-right">{input(row, row.cells[0]!, 1)}</td>
                  <td className="px-2 py-1 text-right">{row.cells[1] && input(row, row.cells[1], 2)}</td>
                  <td />
                  <td className="px-2 py-1 text-right tabular-nums" data-col="capaian">
                    {shown.capaian}
                  </td>
                  <td />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {data.editable && (
        <div className="flex items-center gap-4">
          <Button type="button" onClick={save} disabled={pending || dirty.length === 0}>
            Simpan semua ({dirty.length} isian berubah)
          </Button>
          <span className="text-sm text-slate-500">
            Enter/↓/↑ pindah baris, ←/→ pindah kolom; tempel satu kolom dari lembar kerja untuk mengisi ke
            bawah.
          </span>
        </div>
      )}
      <ActionError error={error} onReload={reloadStored} />
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          data-testid="grid-message"
          className={`whitespace-pre-line rounded-md p-3 text-sm ${message.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
