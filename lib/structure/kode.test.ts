import { describe, expect, it } from "vitest";
import type { StructureLevel } from "@/lib/vocabulary";
import { checkKode, checkKodeFormat, checkKodeUnderParent, normalizeKode } from "./kode";

describe("checkKodeFormat", () => {
  const valid: [StructureLevel, string][] = [
    ["PROGRAM", "1.06.04"],
    ["PROGRAM", "1.06.01"],
    ["PROGRAM", "2.20.02"],
    ["PROGRAM", "12.01.03"],
    ["KEGIATAN", "1.06.04.2.01"],
    ["KEGIATAN", "1.06.01.2.06"],
    ["SUB_KEGIATAN", "1.06.04.2.01.0001"],
    ["SUB_KEGIATAN", "1.06.01.2.06.0008"],
    ["REKENING", "5.1.02.01.01.0024"],
    ["REKENING", "5.2.02.05.01.0001"],
  ];
  it.each(valid)("accepts %s %s", (level, kode) => {
    expect(checkKodeFormat(level, kode)).toBeNull();
  });

  const invalid: [StructureLevel, string][] = [
    ["PROGRAM", "1.6.04"],
    ["PROGRAM", "1.06.4"],
    ["PROGRAM", "1.06"],
    ["PROGRAM", "1.06.04.2.01"],
    ["PROGRAM", "123.06.04"],
    ["PROGRAM", "1,06,04"],
    ["PROGRAM", "X.XX.01"],
    ["PROGRAM", "1.06.04."],
    ["KEGIATAN", "1.06.04"],
    ["KEGIATAN", "1.06.04.02.01"],
    ["KEGIATAN", "1.06.04.2.1"],
    ["KEGIATAN", "1.06.04.2.01.0001"],
    ["SUB_KEGIATAN", "1.06.04.2.01"],
    ["SUB_KEGIATAN", "1.06.04.2.01.001"],
    ["SUB_KEGIATAN", "1.06.04.2.01.00001"],
    ["SUB_KEGIATAN", "1.06.04.2.01.abcd"],
    ["SUB_KEGIATAN", "1.06.04.2.01-0001"],
    ["REKENING", "4.1.02.01.01.0024"],
    ["REKENING", "5.1.2.01.01.0024"],
    ["REKENING", "5.1.02.01.01.24"],
    ["REKENING", "5.1.02.01.01"],
  ];
  it.each(invalid)("refuses %s %s, naming the field and the expected format", (level, kode) => {
    const message = checkKodeFormat(level, kode);
    expect(message).toMatch(/^Kode (program|kegiatan|sub kegiatan|rekening)/);
    expect(message).toContain(kode);
  });

  it("says what is expected, with an example", () => {
    expect(checkKodeFormat("SUB_KEGIATAN", "1.06.04.2.01.1")).toBe(
      'Kode sub kegiatan harus berformat X.XX.XX.X.XX.XXXX, misalnya 1.06.04.2.01.0001; "1.06.04.2.01.1" tidak sesuai',
    );
    expect(checkKodeFormat("REKENING", "4.1.02.01.01.0024")).toContain("diawali 5");
  });

  it("asks for an empty kode", () => {
    expect(checkKodeFormat("PROGRAM", "")).toBe("Kode program wajib diisi, misalnya 1.06.04");
  });
});

describe("checkKodeUnderParent", () => {
  it("accepts a kegiatan under its program and a sub kegiatan under its kegiatan", () => {
    expect(checkKodeUnderParent("KEGIATAN", "1.06.04.2.01", "1.06.04")).toBeNull();
    expect(checkKodeUnderParent("SUB_KEGIATAN", "1.06.04.2.01.0001", "1.06.04.2.01")).toBeNull();
  });

  it("refuses a child of another parent, naming both kode", () => {
    expect(checkKodeUnderParent("KEGIATAN", "1.06.05.2.01", "1.06.04")).toBe(
      "Kode kegiatan 1.06.05.2.01 tidak berada di bawah program 1.06.04; kodenya harus diawali 1.06.04.",
    );
    expect(checkKodeUnderParent("SUB_KEGIATAN", "1.06.04.2.02.0001", "1.06.04.2.01")).toContain(
      "tidak berada di bawah kegiatan 1.06.04.2.01",
    );
  });

  it("compares whole segments, not a text prefix", () => {
    // 1.06.04.2.011 would be a text prefix match of 1.06.04.2.01 without the dot.
    expect(checkKodeUnderParent("SUB_KEGIATAN", "1.06.04.2.011.001", "1.06.04.2.01")).not.toBeNull();
    expect(checkKodeUnderParent("KEGIATAN", "11.06.04.2.01", "1.06.04")).not.toBeNull();
  });

  it("does not apply to programs and rekening", () => {
    expect(checkKodeUnderParent("PROGRAM", "1.06.04", "1.06.01")).toBeNull();
    expect(checkKodeUnderParent("REKENING", "5.1.02.01.01.0024", "1.06.04.2.01.0001")).toBeNull();
  });
});

describe("checkKode", () => {
  it("reports the format first, then the parent", () => {
    expect(checkKode("KEGIATAN", "1.06.05.2.1", "1.06.04")).toContain("harus berformat");
    expect(checkKode("KEGIATAN", "1.06.05.2.01", "1.06.04")).toContain("tidak berada di bawah");
    expect(checkKode("KEGIATAN", "1.06.04.2.01", "1.06.04")).toBeNull();
    expect(checkKode("KEGIATAN", "1.06.05.2.01")).toBeNull();
  });
});

describe("normalizeKode", () => {
  it("drops the spaces planners paste around and inside a kode", () => {
    expect(normalizeKode(" 1.06.04 ")).toBe("1.06.04");
    expect(normalizeKode("1.06. 04.2.01")).toBe("1.06.04.2.01");
    expect(normalizeKode("\u00a05.1.02.01.01.0024\t")).toBe("5.1.02.01.01.0024");
  });
});
