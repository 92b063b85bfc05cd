import type { ReactNode } from "react";
import { layoutBarChart, seriesColors } from "@/lib/lkip/chart-geometry";
import {
  listHeadings,
  listTables,
  tableListTitle,
  type LkipBlock,
  type LkipChart,
  type LkipDocument,
  type LkipTable,
} from "@/lib/lkip/document-model";
import type { LkipImage } from "@/lib/lkip/lkip-input";

/** A stored PNG or JPEG as a data URI (it is the report's own upload, served inline with the page). */
const dataUri = (image: LkipImage) =>
  `data:${image.mimeType};base64,${Buffer.from(image.data).toString("base64")}`;
import type { Line } from "@/lib/narrative/render-narrative";
import { TableFrame } from "@/components/ui/table";

const Spans = ({ line }: { line: Line }) => (
  <>
    {line.map((span, i) =>
      span.bold ? <strong key={i}>{span.text}</strong> : <span key={i}>{span.text}</span>,
    )}
  </>
);

// A line break in a cell (a target and its perubahan) is kept, as in the PDF.
const align = {
  left: "text-left whitespace-pre-line",
  right: "text-right whitespace-nowrap",
  center: "text-center whitespace-pre-line",
} as const;

/** `pager`: the page links of a table shown a page of rows at a time, above and below it. */
function Table({ table, pager }: { table: LkipTable; pager?: ReactNode }) {
  const row = (key: number, cells: string[], depth: number | undefined, className: string) => (
    <tr key={key} className={className}>
      {table.columns.map((column, i) => (
        <td
          key={i}
          className={`border border-slate-300 px-2 py-1 align-top ${align[column.align]}`}
          style={i === (table.indent ?? 0) && depth ? { paddingLeft: `${0.5 + depth}rem` } : undefined}
        >
          {cells[i]}
        </td>
      ))}
    </tr>
  );
  return (
    <figure className="my-4" id={table.id} data-testid="lkip-table">
      <figcaption className="mb-1 text-center text-sm font-semibold">
        {table.number}
        <br />
        {table.title}
      </figcaption>
      {pager && <div className="mb-2">{pager}</div>}
      <TableFrame label={`${table.number} ${table.title}`} plain>
        <table className="w-full border-collapse text-xs">
          <thead>
            <tr className="bg-slate-100">
              {table.columns.map((c, i) => (
                <th key={i} className="border border-slate-300 px-2 py-1 text-center">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) =>
              row(i, r.cells, r.depth, r.style === "parent" ? "bg-slate-50 font-semibold" : ""),
            )}
          </tbody>
          {table.total && <tfoot>{row(0, table.total.cells, 0, "bg-slate-100 font-semibold")}</tfoot>}
        </table>
      </TableFrame>
      {table.note && <p className="mt-1 text-xs text-slate-500">{table.note}</p>}
      {pager && <div className="mt-2">{pager}</div>}
    </figure>
  );
}

function Chart({ chart }: { chart: LkipChart }) {
  const g = layoutBarChart(chart, 480, 170);
  return (
    <figure className="my-4" id={chart.id}>
      <figcaption className="mb-1 text-center text-sm font-semibold">
        {chart.number}
        <br />
        {chart.title}
      </figcaption>
      <svg
        viewBox={`0 0 ${g.width} ${g.height}`}
        className="mx-auto w-full max-w-2xl"
        role="img"
        aria-label={chart.title}
      >
        {g.ticks.map((t, i) => (
          <g key={i}>
            <line x1={g.plot.left} x2={g.plot.right} y1={t.y} y2={t.y} stroke="#e2e8f0" strokeWidth={0.5} />
            <text x={g.plot.left - 4} y={t.y + 2} fontSize={6} textAnchor="end" fill="#475569">
              {t.label}
            </text>
          </g>
        ))}
        {g.bars.map((b, i) => (
          <g key={i}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={seriesColors[b.series]} />
            <text x={b.x + b.width / 2} y={b.y - 2} fontSize={5.5} textAnchor="middle">
              {b.label}
            </text>
          </g>
        ))}
        {g.categories.map((c, i) => (
          <text key={i} x={c.x} y={g.plot.bottom + 10} fontSize={6} textAnchor="middle">
            {c.label}
          </text>
        ))}
        {chart.series.map((s, i) => (
          <g key={i}>
            <rect x={g.plot.left + i * 90} y={g.height - 12} width={8} height={8} fill={seriesColors[i]} />
            <text x={g.plot.left + i * 90 + 11} y={g.height - 5} fontSize={6.5}>
              {s.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

/**
 * One block of the LKIP model, as HTML: the same data and order as the PDF. `hrefOf`: the link to a heading
 * or table (the Daftar Isi, the Daftar Tabel), `#id` when the whole report is on the page; `tablePager`:
 * the page links of a table cut into pages.
 */
export function LkipBlockView({
  block,
  document,
  hrefOf = (id) => `#${id}`,
  tablePager,
}: {
  block: LkipBlock;
  document: LkipDocument;
  hrefOf?: (id: string) => string;
  tablePager?: (table: LkipTable) => ReactNode;
}) {
  switch (block.kind) {
    case "heading": {
      const className = {
        1: "mt-2 text-xl font-semibold text-emerald-900",
        2: "mt-6 text-lg font-semibold",
        3: "mt-4 font-semibold",
      }[block.level];
      const Tag = `h${block.level + 1}` as "h2" | "h3" | "h4";
      return (
        <Tag id={block.id} className={className}>
          {block.text}
        </Tag>
      );
    }
    case "paragraph":
      return <p className="my-2 text-justify">{block.text}</p>;
    case "narrative":
      return (
        <div className="my-2 space-y-2">
          {block.blocks.map((b, i) =>
            b.kind === "paragraph" ? (
              <p key={i} className="text-justify">
                {b.lines.map((line, j) => (
                  <span key={j}>
                    {j > 0 && <br />}
                    <Spans line={line} />
                  </span>
                ))}
              </p>
            ) : b.kind === "bullets" ? (
              <ul key={i} className="list-disc pl-6">
                {b.items.map((item, j) => (
                  <li key={j}>
                    <Spans line={item} />
                  </li>
                ))}
              </ul>
            ) : (
              <ol key={i} start={b.start} className="list-decimal pl-6">
                {b.items.map((item, j) => (
                  <li key={j}>
                    <Spans line={item} />
                  </li>
                ))}
              </ol>
            ),
          )}
        </div>
      );
    case "table":
      return <Table table={block} pager={tablePager?.(block)} />;
    case "chart":
      return <Chart chart={block} />;
    case "image":
      return (
        <figure className="my-4 text-center" id={block.id}>
          {/* eslint-disable-next-line @next/next/no-img-element -- the stored upload is a data URI */}
          <img src={dataUri(block.image)} alt={block.caption} className="mx-auto max-h-96" />
          <figcaption className="mt-1 text-sm font-semibold">
            {block.number && (
              <>
                {block.number}
                <br />
              </>
            )}
            {block.caption}
          </figcaption>
        </figure>
      );
    case "signatures":
      return (
        <div
          className={`my-6 flex ${block.signatures.length === 1 ? "justify-end" : "justify-between"} text-center text-sm`}
        >
          {block.signatures.map((s, i) => (
            <div key={i} className="w-72">
              {s.role && <p className="font-semibold">{s.role}</p>}
              {s.place && s.date && <p>{`${s.place}, ${s.date}`}</p>}
              <p>{s.title}</p>
              <div className="h-16" />
              <p className="font-semibold underline">{s.name}</p>
              {s.nip && <p>{s.nip}</p>}
            </div>
          ))}
        </div>
      );
    case "contents":
      return (
        <ul className="my-2 space-y-1 text-sm">
          {listHeadings(document).map((h) => (
            <li key={h.id} className={h.level === 2 ? "pl-4" : "font-semibold"}>
              <a href={hrefOf(h.id)} className="text-emerald-800 hover:underline">
                {h.text}
              </a>
            </li>
          ))}
        </ul>
      );
    case "tableList":
      return (
        <ul className="my-2 space-y-1 text-sm">
          {listTables(document).map((t) => (
            <li key={t.id}>
              <a href={hrefOf(t.id)} className="text-emerald-800 hover:underline">
                {tableListTitle(t)}
              </a>
            </li>
          ))}
        </ul>
      );
    case "cover":
      return (
        <div className="py-10 text-center">
          {block.lines.map((l, i) => (
            <p key={i} className="text-2xl font-bold text-emerald-800">
              {l}
            </p>
          ))}
          {block.logo ? (
            // eslint-disable-next-line @next/next/no-img-element -- the stored logo is a data URI
            <img src={dataUri(block.logo)} alt="" width={96} height={112} className="mx-auto my-8" />
          ) : (
            <div className="h-16" />
          )}
          {block.subtitle.map((l, i) => (
            <p key={i} className={i < 2 ? "text-lg font-semibold" : "text-sm"}>
              {l}
            </p>
          ))}
        </div>
      );
    case "verification": {
      const v = document.verification;
      return (
        <div className="my-2 rounded border border-slate-300 p-3 text-sm" data-testid="lkip-verification">
          <p className="font-semibold">Kode verifikasi: {v.code ?? "draf"}</p>
          <p>
            {document.status === "FINAL"
              ? `FINAL, revisi ${v.revision}`
              : "DRAFT (belum final, tidak dapat diverifikasi)"}
          </p>
          <p>
            Periksa keaslian di{" "}
            <a href={new URL(v.url).pathname} className="text-emerald-800 hover:underline">
              {v.url}
            </a>
          </p>
        </div>
      );
    }
  }
}
