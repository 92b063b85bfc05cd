import { describe, expect, it } from "vitest";
import { cleanFileName } from "./file-name";

describe("cleanFileName", () => {
  it("keeps only the base name of a path, Unix or Windows", () => {
    expect(cleanFileName("../../etc/passwd.pdf")).toBe("passwd.pdf");
    expect(cleanFileName("C:\\Users\\budi\\Bukti TW 1.pdf")).toBe("Bukti TW 1.pdf");
    expect(cleanFileName("..")).toBe("");
    expect(cleanFileName("folder/")).toBe("");
  });

  it("drops control and bidi characters, so a name cannot pretend another extension", () => {
    expect(cleanFileName("laporan\u202Efdp.exe")).toBe("laporanfdp.exe");
    expect(cleanFileName("a\u0000b\u0007c\u0085.pdf")).toBe("abc.pdf");
    expect(cleanFileName("  .hidden.pdf ")).toBe("hidden.pdf");
  });

  it("keeps Indonesian and accented text, and cuts a long name before its extension", () => {
    expect(cleanFileName("Notulen Rapat Évaluasi.docx")).toBe("Notulen Rapat Évaluasi.docx");
    const long = cleanFileName(`${"a".repeat(300)}.xlsx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".xlsx")).toBe(true);
  });
});
