import { describe, expect, it } from "vitest";
import { parseImport } from "./parse-import";
import type { CellValue, SheetCells, WorkbookCells } from "./read-workbook";
import { itemKey } from "./snapshot";
import { neutralise, unneutralise } from "./sheet-writer";
import { anggaranColumns } from "./template";
import { planImport } from "./validate-import";

type Raw = string | number | CellValue | null;
const cell = (value: Raw): CellValue | null =>
  value === null
    ? null
    : typeof value === "number"
      ? { kind: "number", value }
      : typeof value === "string"
        ? { kind: "text", text: value }
        : value;
const letters = "ABCDEFGHIJKLMNOP";

function sheet(name: string, rows: Raw[][], merges: string[] = []): SheetCells {
  return {
    name,
    merges,
    rows: rows.map((values, r) => ({
      row: r + 1,
      cells: values.flatMap((v, c) => {
        const value = cell(v);
        return value ? [{ column: c + 1, address: `${letters[c]}${r + 1}`, value, formula: false }] : [];
      }),
    })),
  };
}
const context = {
  bidang: ["Sekretariat", "Bidang Rehabilitasi Sosial"],
  renstraCodes: new Map<string, string>(),
};
const book = (...rows: Raw[][]): WorkbookCells => ({
  sheets: [sheet("Anggaran", [[...anggaranColumns], ...rows])],
});

describe("parseImport", () => {
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

describe("planImport", () => {
  it("plans nothing for the same data and keeps a limited planner to their bidang", () => {
    const file = parseImport(book(["1.06.04", "Program", "Sekretariat", 5]), context);
    const current = parseImport(
      book(["1.06.04", "Program", "Sekretariat", 5], ["1.06.05", "Lain", "Sekretariat"]),
      context,
    ).items;
    expect(planImport(file.items, file, { bidang: null }).totals).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
      removed: 0,
    });
    const whole = planImport(current, file, { bidang: null });
    expect(whole.totals).toMatchObject({ unchanged: 1, removed: 1 });
    const limited = planImport(
      current,
      parseImport(book(["1.06.04", "Program", "Sekretariat", 6]), context),
      {
        bidang: ["Bidang Rehabilitasi Sosial"],
      },
    );
    expect(limited.ok).toBe(false);
    expect(limited.errors[0]).toMatchObject({ row: 2, column: "Bidang" });
    expect(limited.totals.removed).toBe(0);
  });
});

describe("formula injection", () => {
  it("neutralises text that a spreadsheet would run, and the import undoes it", () => {
    for (const text of ["=1+1", "+62", "-5", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutralise(text)).toBe(`'${text}`);
      expect(unneutralise(neutralise(text))).toBe(text);
    }
    expect(neutralise("Belanja ATK")).toBe("Belanja ATK");
  });
});
