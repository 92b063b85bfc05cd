import type { ReactNode } from "react";

const bands = {
  /** A data table: a grey band over the columns. */
  band: "bg-slate-100 [&_th]:px-3 [&_th]:py-2",
  /** A small table inside a card: no band, tighter cells. */
  plain: "bg-white [&_th]:py-1 [&_th]:pr-2",
};

/**
 * The header row of a table: small capitals, left-aligned, padded. Its `<th>` cells only say what is
 * their own (width, `text-right` over figures).
 */
export function TableHead({ plain = false, children }: { plain?: boolean; children: ReactNode }) {
  return (
    <thead className="text-left text-xs uppercase tracking-wide text-slate-600">
      {/* The band is the row's, so that a frame's fixed first cell carries it too (TableFrame). */}
      <tr className={plain ? bands.plain : bands.band}>{children}</tr>
    </thead>
  );
}

/**
 * Every table wider than a phone sits in this frame: the table scrolls sideways inside it, never the page,
 * and its first column stays in view (`.table-frame` in app/globals.css). The frame is a named region the
 * keyboard can reach, so it can be scrolled without a mouse. `plain` drops the border (a table in a card);
 * a table whose rows span cells (`rowSpan`) keeps no column fixed (`fixedColumn={false}`).
 */
export function TableFrame({
  label,
  plain = false,
  fixedColumn = true,
  children,
}: {
  label: string;
  plain?: boolean;
  fixedColumn?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`relative overflow-x-auto ${fixedColumn ? "table-frame" : ""} ${plain ? "" : "rounded-lg border border-slate-200"}`}
    >
      {children}
    </div>
  );
}
