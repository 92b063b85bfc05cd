"use client";

import Decimal from "decimal.js";
import { useMemo, useState } from "react";
import { deleteRealisasiEntryAction, saveRealisasiGridAction } from "@/lib/actions/realisasi-grid";
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
  earlierQuarters,
  entryKeyOf,
  type GridCell,
  type GridRow,
  listGridRows,
  parseCell,
  showDecimal,
} from "@/lib/grid/grid-rows";
import { ActionError } from "../forms/action-error";
import { UnsavedChangesGuard } from "../forms/unsaved-changes-guard";
import { useMutationAction } from "../forms/use-mutation-action";
import { onGridKeyDown, pasteColumn } from "./grid-navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TableHead } from "@/components/ui/table";

const asStored = (kind: GridCell["kind"], value: Decimal) =>
  kind === "RUPIAH" ? formatInputRupiah(value) : showDecimal(value.toString());

const amountText = (node: BudgetNodeResult | undefined) =>
  node?.realisasi.status === "KNOWN" ? formatRupiah(node.realisasi.value) : "—";

// Below 640 px each row is a card: its cells stack, each labelled by its data-label.
const td =
  "px-2 py-1 max-sm:flex max-sm:items-baseline max-sm:justify-between max-sm:gap-3 max-sm:px-0 max-sm:py-0.5 max-sm:empty:hidden max-sm:before:text-xs max-sm:before:text-slate-500 max-sm:before:content-[attr(data-label)]";
const figure = `${td} whitespace-nowrap text-right tabular-nums`;
// Kode and name stay in view while the table scrolls sideways (wider than a phone, narrower than the table).
const stickyNo = "sm:sticky sm:left-0 sm:z-10 sm:w-12 sm:min-w-12";
const stickyName = "sm:sticky sm:left-12 sm:z-10 sm:min-w-56 sm:max-w-72 sm:shadow-[1px_0_0_#e2e8f0]";
// On a phone the input takes the card's width under its label.
const inputTd = `${td} text-right max-sm:flex-col max-sm:items-stretch max-sm:text-left`;

type Kept = { texts: Record<string, string>; versions: Record<string, number | null> };
const nothingKept: Kept = { texts: {}, versions: {} };

type Deleting = { row: GridRow; key: string; version: number; shown: string };

/**
 * The quarterly entry grid: every budget leaf and output indicator of the planner's scope for one
 * triwulan, beside the quarters entered before it. Serapan, capaian and anomaly warnings are recomputed
 * by lib/calc as the planner types; one save sends every changed cell, and the server stores all of them
 * or none. "Hapus isian" removes one stored entry, so the quarter is "not entered" again for that row.
 */
/** `buktiHref`: the OPD-year's bukti dukung page, where each indicator's evidence of the quarter is kept. */
export function RealisasiGrid({ data, buktiHref }: { data: GridData; buktiHref: string }) {
  const rows = useMemo(() => listGridRows(data), [data]);
  const settings = useMemo(() => fromGridSettings(data.settings), [data.settings]);
  const cells = useMemo(() => rows.flatMap((row) => cellsOf(row).map((cell) => ({ row, cell }))), [rows]);
  // Only what the planner typed; every other cell shows its stored value, also after a refresh.
  const [edits, setEdits] = useState<Record<string, string>>({});
  // What the last save or deletion stored, and each entry's version since, shown until the refreshed page
  // data (a new `data`) carries them: a cell corrected again before that saves at its new version.
  const [stored, setStored] = useState<{ of: GridData } & Kept>({ of: data, ...nothingKept });
  const current: Kept = stored.of === data ? stored : nothingKept;
  const storedOf = (cell: GridCell) => current.texts[cell.key] ?? cell.stored;
  const textOf = (cell: GridCell) => edits[cell.key] ?? storedOf(cell);
  const versionOf = (row: GridRow) => {
    const key = entryKeyOf(row);
    return key in current.versions ? (current.versions[key] ?? null) : cellsOf(row)[0]!.version;
  };
  const keepStored = (texts: Record<string, string>, versions: Record<string, number | null>) =>
    setStored({
      of: data,
      texts: { ...current.texts, ...texts },
      versions: { ...current.versions, ...versions },
    });
  const dropEdits = (sent: Record<string, string>) =>
    setEdits((current) =>
      Object.fromEntries(Object.entries(current).filter(([key, text]) => sent[key] !== text)),
    );
  // The grid's own outcome: what it refused before sending, or how many cells were saved.
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [deleting, setDeleting] = useState<Deleting | null>(null);

  const dirty = cells.filter(({ cell }) => textOf(cell) !== storedOf(cell));
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

  const saving = useMutationAction(saveRealisasiGridAction, {
    onSuccess: ({ saved, versions }) => {
      // Saved cells read at once as the server stores them, so the count of changes clears with the message.
      const sent = Object.fromEntries(dirty.map(({ cell }) => [cell.key, textOf(cell)]));
      keepStored(
        Object.fromEntries(dirty.map(({ cell }) => [cell.key, asStored(cell.kind, parsed.get(cell.key)!)])),
        versions,
      );
      dropEdits(sent);
      setMessage({ ok: true, text: `${saved} isian tersimpan.` });
    },
  });
  const removing = useMutationAction(deleteRealisasiEntryAction, {
    onSuccess: () => {
      if (!deleting) return;
      const emptied = Object.fromEntries(cellsOf(deleting.row).map((cell) => [cell.key, ""]));
      keepStored(emptied, { [deleting.key]: null });
      setEdits((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !(key in emptied))));
      setMessage({ ok: true, text: `Isian TW${data.quarter} baris ${deleting.row.row} dihapus.` });
      setDeleting(null);
    },
  });
  // The server's messages per cell (key → message), shown on the cells it refused.
  const serverErrors = saving.error?.fields ?? {};

  const save = async () => {
    setMessage(null);
    removing.clearError();
    if (Object.keys(errors).length > 0) {
      saving.clearError();
      return setMessage({
        ok: false,
        text: `Tidak ada yang disimpan. Perbaiki dulu:\n${Object.values(errors).join("\n")}`,
      });
    }
    await saving.run({
      opdId: data.opd.id,
      year: data.year,
      quarter: data.quarter,
      cells: dirty.map(({ row, cell }) => ({
        key: cell.key,
        text: textOf(cell),
        version: versionOf(row),
        row: row.row,
      })),
    });
  };
  const remove = async ({ row, key, version }: Deleting) => {
    setMessage(null);
    saving.clearError();
    await removing.run({
      opdId: data.opd.id,
      year: data.year,
      quarter: data.quarter,
      key,
      version,
      row: row.row,
    });
  };
  // "Muat ulang lalu isi kembali": the typed values are dropped and the stored ones shown.
  const reloadStored = () => {
    setEdits({});
    setDeleting(null);
    saving.reload();
    removing.clearError();
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
        className={`w-36 scroll-mb-36 rounded border px-2 py-1 text-right tabular-nums max-sm:min-w-0 max-sm:flex-1 ${
          error
            ? "border-red-500 bg-red-50"
            : textOf(cell) !== storedOf(cell)
              ? "border-amber-400 bg-amber-50"
              : "border-slate-300"
        }`}
      />
    );
  };

  // "Hapus isian" for a row whose quarter holds a stored entry (0 included).
  const removeButton = (row: GridRow) => {
    const [first] = cellsOf(row);
    const version = versionOf(row);
    if (!data.editable || !first || version === null || first.locked !== null) return null;
    const shown = cellsOf(row)
      .map((cell) => storedOf(cell) || "—")
      .join(" / ");
    return (
      <Button
        type="button"
        variant="link"
        aria-label={`Hapus isian baris ${row.row}`}
        onClick={() => setDeleting({ row, key: entryKeyOf(row), version, shown })}
      >
        Hapus
      </Button>
    );
  };

  // The quarters before this one, read-only, in one column so the table still fits 1366 px.
  const earlier = (row: GridRow) =>
    data.quarter > 1 && (
      <td className="px-2 py-1 text-xs tabular-nums text-slate-500 max-sm:block max-sm:px-0 max-sm:text-sm">
        {earlierQuarters(row, data.quarter).map(({ quarter, text }) => (
          <div key={quarter} className="flex justify-between gap-3 whitespace-nowrap">
            <span>TW{quarter}</span>
            <span data-col={`tw${quarter}`}>{text}</span>
          </div>
        ))}
      </td>
    );

  const opd = nodes.get(data.opd.id);
  const annualOnly = cells.length > 0 && cells.every(({ cell }) => cell.locked !== null);
  return (
    <div className="space-y-4">
      {data.editable && <UnsavedChangesGuard count={dirty.length} />}
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
        className="overflow-x-auto rounded-lg border border-slate-200 max-sm:overflow-visible max-sm:border-0"
        data-grid
        data-testid="realisasi-grid"
      >
        <table className="w-full border-collapse text-sm max-sm:block max-sm:[&_thead]:hidden sm:min-w-[1100px]">
          <TableHead>
            <th className={`${stickyNo} bg-slate-100`}>No</th>
            <th className={`${stickyName} bg-slate-100`}>Sub kegiatan / indikator</th>
            <th className="text-right">Pagu / target</th>
            {data.quarter > 1 && <th>Triwulan sebelumnya</th>}
            <th className="text-right">Realisasi TW{data.quarter}</th>
            <th className="text-right">Kumulatif</th>
            <th className="text-right">Serapan / capaian</th>
            <th>Peringatan</th>
          </TableHead>
          <tbody className="max-sm:block max-sm:space-y-3">
            {rows.map((row) => {
              const card = "max-sm:block max-sm:rounded-lg max-sm:border max-sm:border-slate-200 max-sm:p-3";
              if (row.type === "ANGGARAN") {
                const node = nodes.get(row.leaf.id);
                const warnings = warningsOf(row.leaf.id);
                const error = errors[row.cell.key] ?? serverErrors[row.cell.key];
                return (
                  <tr
                    key={row.cell.key}
                    className={`border-t border-slate-200 bg-white ${card}`}
                    data-row={row.row}
                    data-code={row.leaf.code}
                  >
                    <td className={`${td} ${stickyNo} bg-inherit text-slate-500 max-sm:hidden`}>{row.row}</td>
                    <td
                      className={`px-2 py-1 max-sm:block max-sm:px-0 max-sm:pb-2 ${stickyName} bg-inherit`}
                      data-col="nama"
                    >
                      <span className="font-mono text-xs text-slate-500">{row.leaf.code}</span>{" "}
                      {row.leaf.name}
                    </td>
                    <td className={figure} data-label="Pagu">
                      {node ? formatRupiah(node.pagu) : "—"}
                    </td>
                    {earlier(row)}
                    <td className={inputTd} data-label={`Realisasi TW${data.quarter} (Rp)`}>
                      <div className="flex items-center justify-end gap-1">
                        {input(row, row.cell, 0)}
                        <span className="shrink-0 sm:w-12">{removeButton(row)}</span>
                      </div>
                    </td>
                    <td className={figure} data-col="kumulatif" data-label="Kumulatif">
                      {amountText(node)}
                    </td>
                    <td className={`${td} text-right tabular-nums`} data-col="serapan" data-label="Serapan">
                      {node ? describeSerapan(node.serapan) : "—"}
                    </td>
                    <td
                      className="px-2 py-1 text-xs max-sm:block max-sm:px-0 max-sm:empty:hidden sm:min-w-36"
                      data-col="peringatan"
                    >
                      {error && <div className="font-medium text-red-700">{error}</div>}
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
                  className={`border-t border-slate-100 bg-slate-50 ${card}`}
                  data-row={row.row}
                  data-indicator-of={row.code}
                >
                  <td className={`${td} ${stickyNo} bg-inherit text-slate-500 max-sm:hidden`}>{row.row}</td>
                  <td
                    className={`px-2 py-1 pl-6 text-slate-700 max-sm:block max-sm:px-0 max-sm:pb-2 ${stickyName} bg-inherit`}
                    data-col="nama"
                  >
                    ↳ {row.indicator.name} <span className="text-slate-500">({row.indicator.satuan})</span>{" "}
                    <a
                      href={`${buktiHref}?indikator=${row.indicator.id}&tw=${data.quarter}`}
                      className="whitespace-nowrap text-xs text-emerald-800 underline"
                      data-testid="indicator-bukti-link"
                    >
                      Bukti dukung
                    </a>
                  </td>
                  <td className={figure} data-col="target" data-label="Target">
                    {shown.target}
                  </td>
                  {earlier(row)}
                  <td
                    className={inputTd}
                    data-label={row.cells[1] ? `Realisasi TW${data.quarter}` : row.cells[0]!.label}
                  >
                    <div className="flex items-center justify-end gap-1">
                      <div className="flex flex-col items-end gap-1 max-sm:flex-1 max-sm:items-stretch">
                        {row.cells.map((cell, index) => (
                          <label key={cell.key} className="flex items-center justify-end gap-2">
                            {row.cells[1] && <span className="text-xs text-slate-500">{cell.label}</span>}
                            {input(row, cell, index + 1)}
                          </label>
                        ))}
                      </div>
                      <span className="shrink-0 sm:w-12">{removeButton(row)}</span>
                    </div>
                  </td>
                  <td className={td} />
                  <td className={`${td} text-right tabular-nums`} data-col="capaian" data-label="Capaian">
                    {shown.capaian}
                  </td>
                  <td className={td} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {deleting && (
        <ConfirmDialog
          title={`Hapus isian TW${data.quarter} baris ${deleting.row.row}?`}
          confirmLabel="Ya, hapus isian"
          danger
          pending={removing.pending}
          onConfirm={() => remove(deleting)}
          onClose={() => {
            setDeleting(null);
            removing.clearError();
          }}
        >
          <p className="text-sm text-slate-700">
            {deleting.row.label}: isian {deleting.shown} dihapus, sehingga TW{data.quarter} baris ini kembali
            belum diisi. Perubahan dicatat dalam jejak audit.
          </p>
          <ActionError error={removing.error} onReload={reloadStored} />
        </ConfirmDialog>
      )}

      {data.editable && (
        <div
          className="sticky bottom-0 z-20 space-y-2 border-t border-slate-200 bg-white py-2 shadow-[0_-4px_8px_-6px_rgba(15,23,42,0.3)]"
          data-testid="grid-save-bar"
        >
          <ActionError error={saving.error} onReload={reloadStored} />
          {message && (
            <p
              role={message.ok ? "status" : "alert"}
              data-testid="grid-message"
              className={`max-h-40 overflow-y-auto whitespace-pre-line rounded-md p-3 text-sm ${message.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
            >
              {message.text}
            </p>
          )}
          <div className="flex items-center gap-4">
            <Button
              type="button"
              className="whitespace-nowrap"
              onClick={save}
              disabled={saving.pending || dirty.length === 0}
            >
              Simpan semua ({dirty.length} isian berubah)
            </Button>
            <span className="text-sm text-slate-500 max-sm:hidden">
              Enter/↓/↑ pindah baris, ←/→ pindah kolom; tempel satu kolom dari lembar kerja untuk mengisi ke
              bawah.
            </span>
          </div>
        </div>
      )}
    </div>
  );
}
