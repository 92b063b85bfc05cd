import { describe, expect, it } from "vitest";
import { saveProgramInput } from "@/lib/inputs/structure";
import { itemKey } from "../snapshot";
import { parseImport } from "./parse-import";
import { anggaranBook as book, context } from "./test-workbook";

describe("the Anggaran sheet", () => {
  it("reads levels from the kode, rekening lines under the sub kegiatan above, and Indonesian numbers", () => {
    const parsed = parseImport(
      book(
        ["1.06.04", "Program Rehabilitasi", "bidang rehabilitasi sosial", "Rp 1.500.000"],
        ["1.06.04.2.01", "Kegiatan", null, "1.500.000"],
        ["1.06.04.2.01.0001", "Sub berekening", null, "1.500.000,00"],
        ["5.1.02.01.01.0024", "Belanja ATK", null, 1_000_000, null, 100_000, "200.000"],
        ["5.1.02.01.01.0025", "Belanja Cetak", null, 500_000, null, null, null, null, null, "250.000,50"],
        ["TOTAL", null, null, 1_500_000],
      ),
      context,
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.items.get(itemKey.program("1.06.04"))!.fields).toMatchObject({
      bidang: "Bidang Rehabilitasi Sosial",
      reportedPagu: "1500000.00",
    });
    expect(parsed.items.get(itemKey.subKegiatan("1.06.04.2.01.0001"))!.fields).toMatchObject({
      reportedPagu: "1500000.00",
    });
    expect(
      parsed.items.get(itemKey.rekening("1.06.04.2.01.0001", "5.1.02.01.01.0024"))!.fields,
    ).toMatchObject({
      paguAwal: "1000000.00",
      "amount.TW1": "100000.00",
      "amount.TW2": "200000.00",
      "amount.TAHUNAN": null,
    });
    expect(
      parsed.items.get(itemKey.rekening("1.06.04.2.01.0001", "5.1.02.01.01.0025"))!.fields["amount.TAHUNAN"],
    ).toBe("250000.50");
    expect(parsed.items.get("TOTAL")!.fields.reportedPagu).toBe("1500000.00");
  });

  it("names sheet, row and column of each problem, without repeating it for the rows below", () => {
    const parsed = parseImport(
      book(
        ["1.06.04", "Program"],
        ["1.06.04.2.01", "Kegiatan", null, "12a"],
        ["1.06.04.2.01.0001", "Sub", null, 5, null, 1, 1, null, null, 3],
        ["1.06.04.2.01.0002", "Sub", "Bidang Lain", 5],
        ["1.06.99.2.01", "Yatim"],
      ),
      context,
    );
    expect(parsed.errors.map((e) => [e.row, e.column])).toEqual([
      [3, "Pagu (D)"],
      [4, "Realisasi (J)"],
      [5, "Bidang (C)"],
      [6, "Kode (A)"],
    ]);
    expect(parsed.errors[1]!.message).toContain("tidak sama dengan jumlah realisasi triwulan");
  });

  it("refuses merged header cells and dates, and counts formulas by their cached result with a warning", () => {
    const withFormula = book(["1.06.04", "Program", null, { kind: "date" }]);
    withFormula.sheets[0]!.merges.push("A1:B1");
    withFormula.sheets[0]!.rows[1]!.cells.push({
      column: 5,
      address: "E2",
      value: { kind: "number", value: 7 },
      formula: true,
    });
    const parsed = parseImport(withFormula, context);
    expect(parsed.errors.map((e) => e.message).join("\n")).toMatch(/digabung[\s\S]*tanggal/);
    expect(parsed.warnings[0]).toMatchObject({ row: 2, column: "Pagu Perubahan (E)" });
  });
});

describe("the Anggaran sheet's rules are the structure forms'", () => {
  it("refuses a kode and a name as the program form does", () => {
    const form = saveProgramInput.safeParse({
      id: null,
      version: null,
      opdId: "opd",
      year: 2024,
      code: "1.6.04",
      name: "x".repeat(501),
      bidangId: null,
      sasaranProgram: null,
      sasaranId: null,
    });
    const messages = Object.fromEntries(form.error!.issues.map((issue) => [issue.path[0], issue.message]));
    const parsed = parseImport(book(["1.6.04", "x".repeat(501), "Sekretariat"]), context);
    expect(parsed.errors.map((e) => [e.column, e.message])).toEqual([
      ["Kode (A)", `A2: ${messages.code}`],
      ["Uraian (B)", `B2: ${messages.name}`],
    ]);
  });
});
