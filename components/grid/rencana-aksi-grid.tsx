"use client";

import { useState } from "react";
import { saveRencanaAksiAction } from "@/lib/actions/rencana-aksi";
import { cellMessage, parseCell } from "@/lib/grid/grid-rows";
import {
  cellLabel,
  paguMessage,
  type RencanaAksiCell,
  type RencanaAksiData,
  type RencanaAksiRow,
  rowLabel,
} from "@/lib/grid/rencana-aksi-rows";
import { levelTitle } from "@/lib/vocabulary";
import { ActionError } from "../forms/action-error";
import { UnsavedChangesGuard } from "../forms/unsaved-changes-guard";
import { useMutationAction } from "../forms/use-mutation-action";
import { onGridKeyDown, pasteColumn } from "./grid-navigation";
import { Button } from "@/components/ui/button";
import { TableFrame, TableHead } from "@/components/ui/table";

const td = "px-2 py-1 align-top";

/**
 * The rencana aksi grid: per triwulan, the planned disbursement of every sub kegiatan and the planned value
 * of every IKU and program/kegiatan indicator. One save sends every changed cell; the server stores all or
 * none (an emptied cell removes its plan). The four quarters of a sub kegiatan are checked against its pagu
 * as the planner types.
 */
export function RencanaAksiGrid({ data }: { data: RencanaAksiData }) {
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<{ of: RencanaAksiData; texts: Record<string, string> }>({
    of: data,
    texts: {},
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const storedOf = (cell: RencanaAksiCell) =>
    (saved.of === data ? saved.texts[cell.key] : undefined) ?? cell.stored;
  const textOf = (cell: RencanaAksiCell) => edits[cell.key] ?? storedOf(cell);

  const dirty = data.rows.flatMap((row) =>
    row.cells.filter((cell) => textOf(cell) !== storedOf(cell)).map((cell) => ({ row, cell })),
  );
  const errors: Record<string, string> = {};
  for (const { row, cell } of dirty) {
    if (textOf(cell).trim() === "") continue;
    const parsed = parseCell(row.kind === "ANGGARAN" ? "RUPIAH" : "DESIMAL", textOf(cell));
    if (!parsed.ok)
      errors[cell.key] = cellMessage(
        { row: row.row, label: rowLabel(row) },
        { label: cellLabel(row, cell.quarter) },
        parsed.message,
      );
  }
  const rowErrors = new Map(
    data.rows.flatMap((row) => {
      const text = paguMessage(row, textOf);
      return text ? [[row.row, text] as const] : [];
    }),
  );

  const saving = useMutationAction(saveRencanaAksiAction, {
    onSuccess: ({ saved: count }) => {
      const sent = Object.fromEntries(dirty.map(({ cell }) => [cell.key, textOf(cell)]));
      setSaved((current) => ({
        of: data,
        texts: { ...(current.of === data ? current.texts : {}), ...sent },
      }));
      setEdits((current) =>
        Object.fromEntries(Object.entries(current).filter(([key, text]) => sent[key] !== text)),
      );
      setMessage({ ok: true, text: `${count} isian rencana aksi tersimpan.` });
    },
  });
  const serverErrors = saving.error?.fields ?? {};

  const save = async () => {
    setMessage(null);
    const problems = [...Object.values(errors), ...rowErrors.values()];
    if (problems.length > 0) {
      saving.clearError();
      return setMessage({
        ok: false,
        text: `Tidak ada yang disimpan. Perbaiki dulu:\n${problems.join("\n")}`,
      });
    }
    await saving.run({
      opdId: data.opd.id,
      year: data.year,
      cells: dirty.map(({ row, cell }) => ({
        key: cell.key,
        text: textOf(cell),
        version: cell.version,
        row: row.row,
      })),
    });
  };

  const input = (row: RencanaAksiRow, cell: RencanaAksiCell) => {
    const error = errors[cell.key] ?? serverErrors[cell.key];
    return (
      <input
        aria-label={`Baris ${row.row} ${cellLabel(row, cell.quarter)}`}
        data-grid-row={row.row}
        data-grid-col={cell.quarter}
        data-grid-key={cell.key}
        inputMode="decimal"
        disabled={!data.editable || !row.inScope}
        value={textOf(cell)}
        onChange={(event) => setEdits((current) => ({ ...current, [cell.key]: event.target.value }))}
        onKeyDown={onGridKeyDown}
        onPaste={(event) => {
          const pasted = pasteColumn(event);
          if (pasted) setEdits((current) => ({ ...current, ...Object.fromEntries(pasted) }));
        }}
        title={error}
        className={`w-32 rounded border px-2 py-1 text-right tabular-nums disabled:bg-slate-50 ${
          error
            ? "border-red-500 bg-red-50"
            : textOf(cell) !== storedOf(cell)
              ? "border-amber-400 bg-amber-50"
              : "border-slate-300"
        }`}
      />
    );
  };

  return (
    <div className="space-y-4">
      {data.editable && <UnsavedChangesGuard count={dirty.length} />}
      <TableFrame label="Rencana aksi per triwulan">
        <table className="min-w-[1000px] border-collapse text-sm" data-grid data-testid="rencana-aksi-grid">
          <TableHead>
            <th className="w-10">No</th>
            <th className="min-w-64">Uraian</th>
            <th className="text-right">Pagu / target tahun</th>
            <th className="text-right">TW I</th>
            <th className="text-right">TW II</th>
            <th className="text-right">TW III</th>
            <th className="text-right">TW IV</th>
          </TableHead>
          <tbody>
            {data.rows.map((row) => {
              const rowError =
                rowErrors.get(row.row) ?? serverErrors[`anggaran:${row.cells[0]!.key.split(":")[1]}`];
              return (
                <tr
                  key={row.cells[0]!.key}
                  className={`border-t border-slate-200 ${row.kind === "ANGGARAN" ? "bg-white" : "bg-slate-50"}`}
                  data-row={row.row}
                  data-code={row.code}
                  data-kind={row.kind}
                >
                  <td className={`${td} text-slate-500`}>{row.row}</td>
                  <td className={td} data-col="nama">
                    <span className="text-xs text-slate-500">
                      {row.kind === "ANGGARAN"
                        ? levelTitle("SUB_KEGIATAN")
                        : `Indikator ${row.level === "SASARAN" ? "IKU" : levelTitle(row.level).toLowerCase()}`}{" "}
                      <span className="font-mono">{row.code}</span>
                    </span>
                    <div>
                      {row.name}
                      {row.satuan && <span className="text-slate-500"> ({row.satuan})</span>}
                    </div>
                    {rowError && <div className="text-xs font-medium text-red-700">{rowError}</div>}
                  </td>
                  <td className={`${td} whitespace-nowrap text-right tabular-nums`} data-col="tahunan">
                    {row.annual}
                  </td>
                  {row.cells.map((cell) => (
                    <td key={cell.key} className={`${td} text-right`} data-col={`tw${cell.quarter}`}>
                      {input(row, cell)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableFrame>

      {data.editable && (
        <div
          className="sticky bottom-0 z-20 space-y-2 border-t border-slate-200 bg-white py-2 shadow-[0_-4px_8px_-6px_rgba(15,23,42,0.3)]"
          data-testid="grid-save-bar"
        >
          <ActionError error={saving.error} onReload={() => (setEdits({}), saving.reload())} />
          {message && (
            <p
              role={message.ok ? "status" : "alert"}
              data-testid="grid-message"
              className={`max-h-40 overflow-y-auto whitespace-pre-line rounded-md p-3 text-sm ${message.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
            >
              {message.text}
            </p>
          )}
          <div className="flex flex-wrap items-center gap-4">
            <Button type="button" onClick={save} disabled={saving.pending || dirty.length === 0}>
              Simpan rencana aksi ({dirty.length} isian berubah)
            </Button>
            <span className="text-sm text-slate-500 max-sm:hidden">
              Isi nilai tiap triwulan (bukan kumulatif); kosongkan sel untuk menghapus rencananya.
            </span>
          </div>
        </div>
      )}
    </div>
  );
}
