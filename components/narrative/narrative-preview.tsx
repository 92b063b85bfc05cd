import { Fragment } from "react";
import { type Line, renderNarrative } from "@/lib/narrative/render-narrative";

/** Text spans as React text nodes: markup in the narrative is shown as typed, never interpreted. */
function Spans({ line }: { line: Line }) {
  return line.map((span, i) =>
    span.bold ? <strong key={i}>{span.text}</strong> : <Fragment key={i}>{span.text}</Fragment>,
  );
}

/** The narrative as the report will show it: paragraphs, bullet and numbered lists, bold. */
export function NarrativePreview({
  body,
  emptyText = "Belum diisi.",
  testId = "narrative-preview",
}: {
  body: string;
  emptyText?: string;
  testId?: string;
}) {
  const blocks = renderNarrative(body);
  if (blocks.length === 0) {
    return (
      <p className="text-sm italic text-slate-500" data-testid={testId}>
        {emptyText}
      </p>
    );
  }
  return (
    <div className="space-y-3 text-sm leading-relaxed text-slate-800" data-testid={testId}>
      {blocks.map((block, i) => {
        switch (block.kind) {
          case "paragraph":
            return (
              <p key={i}>
                {block.lines.map((line, j) => (
                  <Fragment key={j}>
                    {j > 0 && <br />}
                    <Spans line={line} />
                  </Fragment>
                ))}
              </p>
            );
          case "bullets":
            return (
              <ul key={i} className="list-disc space-y-1 pl-6">
                {block.items.map((item, j) => (
                  <li key={j}>
                    <Spans line={item} />
                  </li>
                ))}
              </ul>
            );
          case "numbered":
            return (
              <ol key={i} start={block.start} className="list-decimal space-y-1 pl-6">
                {block.items.map((item, j) => (
                  <li key={j}>
                    <Spans line={item} />
                  </li>
                ))}
              </ol>
            );
        }
      })}
    </div>
  );
}
