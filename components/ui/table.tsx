import type { ReactNode } from "react";

const bands = {
  /** A data table: a grey band over the columns. */
  band: "bg-slate-100 [&_th]:px-3 [&_th]:py-2",
  /** A small table inside a card: no band, tighter cells. */
  plain: "[&_th]:py-1 [&_th]:pr-2",
};

/**
 * The header row of a table: small capitals, left-aligned, padded. Its `<th>` cells only say what is
 * their own (width, `text-right` over figures).
 */
export function TableHead({ plain = false, children }: { plain?: boolean; children: ReactNode }) {
  return (
    <thead
      className={`text-left text-xs uppercase tracking-wide text-slate-600 ${plain ? bands.plain : bands.band}`}
    >
      <tr>{children}</tr>
    </thead>
  );
}
