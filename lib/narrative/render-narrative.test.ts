import { describe, expect, it } from "vitest";
import { parseSpans, renderNarrative } from "./render-narrative";

const plain = (text: string) => ({ text, bold: false });
const bold = (text: string) => ({ text, bold: true });

describe("parseSpans", () => {
  it("splits **bold** runs out of a line", () => {
    expect(parseSpans("Capaian **101,67 %** pada tahun **2022**.")).toEqual([
      plain("Capaian "),
      bold("101,67 %"),
      plain(" pada tahun "),
      bold("2022"),
      plain("."),
    ]);
  });

  it("keeps an unclosed or empty marker as typed", () => {
    expect(parseSpans("2 ** 3 tidak tebal")).toEqual([plain("2 ** 3 tidak tebal")]);
    expect(parseSpans("a **** b")).toEqual([plain("a **** b")]);
    expect(parseSpans("**tebal** lalu ** terbuka")).toEqual([bold("tebal"), plain(" lalu ** terbuka")]);
  });

  it("returns no span for an empty line and one bold span for a wholly bold line", () => {
    expect(parseSpans("")).toEqual([]);
    expect(parseSpans("**Kendala utama**")).toEqual([bold("Kendala utama")]);
  });
});

describe("renderNarrative", () => {
  it("separates paragraphs by blank lines and keeps single line breaks inside a paragraph", () => {
    expect(renderNarrative("Paragraf satu,\nbaris kedua.\n\n\nParagraf dua.")).toEqual([
      { kind: "paragraph", lines: [[plain("Paragraf satu,")], [plain("baris kedua.")]] },
      { kind: "paragraph", lines: [[plain("Paragraf dua.")]] },
    ]);
  });

  it("reads lines starting with '- ' as bullets and '1. ' as numbered items, with the typed start", () => {
    const body = [
      "Kendala yang dihadapi:",
      "- Data PMKS belum **mutakhir**",
      "- Tenaga pekerja sosial terbatas",
      "",
      "3. Koordinasi antar lembaga",
      "4. Sarana rumah singgah",
    ].join("\n");
    expect(renderNarrative(body)).toEqual([
      { kind: "paragraph", lines: [[plain("Kendala yang dihadapi:")]] },
      {
        kind: "bullets",
        items: [[plain("Data PMKS belum "), bold("mutakhir")], [plain("Tenaga pekerja sosial terbatas")]],
      },
      {
        kind: "numbered",
        start: 3,
        items: [[plain("Koordinasi antar lembaga")], [plain("Sarana rumah singgah")]],
      },
    ]);
  });

  it("does not take report numbering such as '4.1.1.' or a dash without a space for a list", () => {
    expect(renderNarrative("4.1.1. Dapat disimpulkan.\n-5 derajat")).toEqual([
      { kind: "paragraph", lines: [[plain("4.1.1. Dapat disimpulkan.")], [plain("-5 derajat")]] },
    ]);
  });

  it("starts a new paragraph after a list within the same block", () => {
    expect(renderNarrative("1. Satu\n2. Dua\nPenutup.")).toEqual([
      { kind: "numbered", start: 1, items: [[plain("Satu")], [plain("Dua")]] },
      { kind: "paragraph", lines: [[plain("Penutup.")]] },
    ]);
  });

  it("handles Windows line ends, whitespace-only lines and an empty body", () => {
    expect(renderNarrative("A\r\n  \r\nB")).toEqual([
      { kind: "paragraph", lines: [[plain("A")]] },
      { kind: "paragraph", lines: [[plain("B")]] },
    ]);
    expect(renderNarrative("")).toEqual([]);
    expect(renderNarrative("\n\n  \n")).toEqual([]);
  });

  it("keeps markup as literal text: nothing is ever interpreted as HTML", () => {
    const body = '<script>alert("x")</script> & <b>tebal</b>\n- <img src=x onerror=alert(1)>';
    expect(renderNarrative(body)).toEqual([
      { kind: "paragraph", lines: [[plain('<script>alert("x")</script> & <b>tebal</b>')]] },
      { kind: "bullets", items: [[plain("<img src=x onerror=alert(1)>")]] },
    ]);
  });
});
