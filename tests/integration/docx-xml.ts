import { strFromU8, unzipSync } from "fflate";

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The text of a piece of WordprocessingML: its w:t runs, a tab as a tab, a break as a newline. */
export const xmlText = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>/g)]
    .map((m) => (m[2] === "tab" ? "\t" : m[2] === "br" ? "\n" : unescapeXml(m[1]!)))
    .join("");

const elements = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<w:${tag}(?:\\s[^>]*)?>[\\s\\S]*?</w:${tag}>`, "g"))].map((m) => m[0]);

export type DocxParagraph = { style: string | null; text: string };

/** A DOCX as a reader of its XML sees it: the parts, the body's paragraphs with their styles, and its table rows. */
export function readDocx(bytes: Uint8Array) {
  const files = unzipSync(new Uint8Array(bytes));
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const document = part("word/document.xml");
  // Paragraphs of the body, in order (those inside table cells too).
  const paragraphs: DocxParagraph[] = elements(document, "p").map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null,
    text: xmlText(p),
  }));
  const rows = elements(document, "tr").map((tr) => elements(tr, "tc").map((tc) => xmlText(tc)));
  return { files, part, document, paragraphs, rows };
}
