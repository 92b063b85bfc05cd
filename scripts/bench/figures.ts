/** How the bench writes its figures: rows of its table, Indonesian numbers, percentiles, Markdown tables. */

/** One row of the bench's table: a figure, what was measured, its goal, and whether the goal is met. */
export type BenchRow = { figure: string; measured: string; goal: string; ok: boolean };

export const ms = (value: number) => `${Math.round(value).toLocaleString("id-ID")} ms`;

/** The value below which `p` % of `values` lie (nearest rank); 0 for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A Markdown table with its columns padded to the widest cell. */
export function markdownTable(header: string[], body: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...body.map(line)].join("\n");
}
