import type { ClipboardEvent, KeyboardEvent } from "react";

/**
 * Cells carry data-grid-row and data-grid-col. A column holds one kind of value (realisasi anggaran,
 * indicator value, denominator), so moving down a column skips rows that have no cell in it.
 */
function columnCells(from: HTMLElement, col: number): HTMLInputElement[] {
  const grid = from.closest("[data-grid]");
  return [...(grid?.querySelectorAll<HTMLInputElement>(`input[data-grid-col="${col}"]`) ?? [])];
}

function focus(target: HTMLInputElement | undefined): boolean {
  if (!target) return false;
  // Scrolled by hand: scrollIntoView keeps the cell's scroll margin clear of the sticky save bar.
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "nearest" });
  target.select();
  return true;
}

/** Enter and ↓ go down the column, ↑ up; ← and → change column only from the first or last character. */
export function onGridKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
  const input = event.currentTarget;
  const col = Number(input.dataset.gridCol);
  const row = Number(input.dataset.gridRow);
  const cells = columnCells(input, col);
  const index = cells.indexOf(input);
  const sideways = (delta: number) =>
    focus(columnCells(input, col + delta).find((cell) => Number(cell.dataset.gridRow) === row));
  let moved = false;
  if (event.key === "Enter" || event.key === "ArrowDown") moved = focus(cells[index + 1]);
  else if (event.key === "ArrowUp") moved = focus(cells[index - 1]);
  else if (event.key === "ArrowLeft" && input.selectionStart === 0 && input.selectionEnd === 0)
    moved = sideways(-1);
  else if (event.key === "ArrowRight" && input.selectionStart === input.value.length) moved = sideways(1);
  if (moved) event.preventDefault();
}

/**
 * Pasting several lines (a column copied from a spreadsheet) fills this cell and the next ones of the same
 * column; of each line only the first tab-separated value is taken. Returns the cell keys and values.
 */
export function pasteColumn(event: ClipboardEvent<HTMLInputElement>): [key: string, value: string][] | null {
  const lines = event.clipboardData.getData("text/plain").replace(/\r/g, "").replace(/\n$/, "").split("\n");
  if (lines.length < 2) return null;
  event.preventDefault();
  const input = event.currentTarget;
  const cells = columnCells(input, Number(input.dataset.gridCol));
  const start = cells.indexOf(input);
  return lines
    .map((line, offset): [string, string] | null => {
      const cell = cells[start + offset];
      return cell?.dataset.gridKey ? [cell.dataset.gridKey, line.split("\t")[0]!.trim()] : null;
    })
    .filter((pair): pair is [string, string] => pair !== null);
}
