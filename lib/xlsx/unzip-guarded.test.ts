import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { unzipGuarded, WorkbookFileError } from "./unzip-guarded";

const minimal = (sheet: string) =>
  zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "xl/workbook.xml": strToU8("<workbook/>"),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
    "xl/media/big.png": new Uint8Array(10),
  });

describe("unzipGuarded", () => {
  it("refuses what is not a zip, and an OLE (encrypted) file", () => {
    expect(() => unzipGuarded(strToU8("hello"))).toThrow(WorkbookFileError);
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(() => unzipGuarded(ole)).toThrow(/kata sandi/);
  });

  it("drops empty rows and cells and the parts a workbook does not need", () => {
    const out = unzipGuarded(
      minimal(
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" s="1"/></row><row r="3"/></sheetData>',
      ),
    );
    const text = new TextDecoder().decode(out);
    expect(text).toContain('<row r="1">');
    expect(text).not.toContain('<row r="2"');
    expect(text).not.toContain("big.png");
  });
});
