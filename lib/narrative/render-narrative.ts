/**
 * The narrative's simple formatting as a structure, never as HTML: blank lines separate paragraphs,
 * lines starting with "- " are bullet items, lines starting with "1. " (any number) are numbered items,
 * and **text** is bold. Whatever else the text holds (<, &, an unclosed **) stays literal text, so the
 * screen and the PDF can render it without any way to inject markup.
 */

export type Span = { text: string; bold: boolean };

/** A line of a paragraph or one list item: its spans. */
export type Line = Span[];

export type NarrativeBlock =
  | { kind: "paragraph"; lines: Line[] }
  | { kind: "bullets"; items: Line[] }
  /** `start`: the number the first item was typed with, e.g. 3 for a list continued after a paragraph. */
  | { kind: "numbered"; start: number; items: Line[] };

const BULLET = /^\s*[-•]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,4})\.\s+(.*)$/;

/** Splits **bold** runs out of one line; an unmatched "**" is kept as typed. */
export function parseSpans(line: string): Span[] {
  const spans: Span[] = [];
  const push = (text: string, bold: boolean) => {
    if (text === "") return;
    const last = spans[spans.length - 1];
    if (last && last.bold === bold) last.text += text;
    else spans.push({ text, bold });
  };
  let rest = line;
  for (;;) {
    const open = rest.indexOf("**");
    const close = open === -1 ? -1 : rest.indexOf("**", open + 2);
    if (close === -1) break;
    if (close === open + 2) {
      // "****", nothing between the markers: not bold, kept as typed.
      push(rest.slice(0, close + 2), false);
    } else {
      push(rest.slice(0, open), false);
      push(rest.slice(open + 2, close), true);
    }
    rest = rest.slice(close + 2);
  }
  push(rest, false);
  return spans;
}

type LineKind =
  | { kind: "text"; text: string }
  | { kind: "bullet"; text: string }
  | { kind: "number"; n: number; text: string };

function classify(line: string): LineKind {
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: "bullet", text: bullet[1]! };
  const numbered = NUMBERED.exec(line);
  if (numbered) return { kind: "number", n: Number(numbered[1]), text: numbered[2]! };
  return { kind: "text", text: line.trim() };
}

/** The blocks of a narrative body, in order; an empty body has none. */
export function renderNarrative(body: string): NarrativeBlock[] {
  const blocks: NarrativeBlock[] = [];
  const chunks = body.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/);
  for (const chunk of chunks) {
    let current: NarrativeBlock | null = null;
    for (const raw of chunk.split("\n")) {
      if (raw.trim() === "") continue;
      const line = classify(raw);
      const spans = parseSpans(line.text);
      if (line.kind === "bullet") {
        if (current?.kind !== "bullets") blocks.push((current = { kind: "bullets", items: [] }));
        current.items.push(spans);
      } else if (line.kind === "number") {
        if (current?.kind !== "numbered")
          blocks.push((current = { kind: "numbered", start: line.n, items: [] }));
        current.items.push(spans);
      } else {
        if (current?.kind !== "paragraph") blocks.push((current = { kind: "paragraph", lines: [] }));
        current.lines.push(spans);
      }
    }
  }
  return blocks;
}
