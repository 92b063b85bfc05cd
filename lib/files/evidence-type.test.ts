import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { evidenceLimits, extensionMatches, identifyEvidence } from "./evidence-type";

const docx = (extra: Record<string, Uint8Array> = {}) =>
  zipSync({
    "[Content_Types].xml": strToU8(
      '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "word/document.xml": strToU8("<w:document/>"),
    ...extra,
  });

/** Overwrites the declared (uncompressed) size of every entry, as a zip bomb that lies does. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = Uint8Array.from(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe("identifyEvidence", () => {
  it("recognises PDF, PNG, JPEG, DOCX and XLSX by their bytes", () => {
    expect(identifyEvidence(strToU8("%PDF-1.7\n…"))).toEqual({ ok: true, type: "pdf" });
    expect(identifyEvidence(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toEqual({
      ok: true,
      type: "png",
    });
    expect(identifyEvidence(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ ok: true, type: "jpeg" });
    expect(identifyEvidence(docx())).toEqual({ ok: true, type: "docx" });
    const xlsx = zipSync({
      "[Content_Types].xml": strToU8(
        '<Types><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
      "xl/workbook.xml": strToU8("<workbook/>"),
    });
    expect(identifyEvidence(xlsx)).toEqual({ ok: true, type: "xlsx" });
  });

  it("refuses executables, naming what they are", () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3]);
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1]);
    expect(identifyEvidence(exe)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("program Windows"),
    });
    expect(identifyEvidence(elf)).toMatchObject({ ok: false, reason: expect.stringContaining("ELF") });
    expect(identifyEvidence(strToU8("hello"))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("tidak dikenali"),
    });
    expect(identifyEvidence(new Uint8Array())).toEqual({ ok: false, reason: "berkas kosong" });
  });

  it("refuses a zip that is not a Word or Excel document, and a macro document", () => {
    expect(identifyEvidence(zipSync({ "a.txt": strToU8("x") }))).toMatchObject({ ok: false });
    const docm = zipSync({
      "[Content_Types].xml": strToU8(
        '<Types><Override ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
      ),
      "word/document.xml": strToU8("<w:document/>"),
    });
    expect(identifyEvidence(docm)).toMatchObject({ ok: false, reason: expect.stringContaining("bermakro") });
  });

  it("refuses a zip bomb inside a DOCX by its declared size, before inflating it", () => {
    // 1 MiB of zeros declaring the 4 GiB it would be in a real bomb: nothing is inflated to find out.
    const bomb = lieAboutSizes(docx({ "word/media/zeros.bin": new Uint8Array(1024 * 1024) }), 0xfffffffe);
    expect(identifyEvidence(bomb)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("mengembang"),
    });
    expect(evidenceLimits.inflatedBytes).toBeLessThan(0xfffffffe);
  });

  it("refuses a zip bomb that lies about its sizes, stopping the inflation at the declared size", () => {
    const liar = lieAboutSizes(docx({ "word/media/zeros.bin": new Uint8Array(5 * 1024 * 1024) }), 1000);
    expect(identifyEvidence(liar)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("lebih besar daripada yang tercantum"),
    });
  });
});

describe("extensionMatches", () => {
  it("compares the name's extension with the type of the bytes", () => {
    expect(extensionMatches("Laporan.PDF", "pdf")).toBe(true);
    expect(extensionMatches("foto.jpeg", "jpeg")).toBe(true);
    expect(extensionMatches("setup.exe.pdf", "docx")).toBe(false);
    expect(extensionMatches("tanpa-akhiran", "pdf")).toBe(false);
  });
});
