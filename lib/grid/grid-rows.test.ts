import { describe, expect, it } from "vitest";
import type { GridIndicator, GridLeaf } from "./grid-model";
import { earlierQuarters, type GridRow } from "./grid-rows";

const cell = { key: "k", kind: "RUPIAH" as const, label: "", stored: "", version: null, locked: null };
const leaf: GridLeaf = {
  id: "leaf",
  kind: "SUB_KEGIATAN",
  code: "1.06.04.2.01.0001",
  name: "Penyediaan Permakanan",
  paguAwal: "100000000",
  paguPerubahan: null,
  realisasi: [
    { period: "TW1", amount: "15000000", version: 1 },
    { period: "TW3", amount: "0", version: 2 },
  ],
};
const indicator = (calculation: GridIndicator["calculation"]): GridIndicator => ({
  id: "ind",
  name: "Penerima",
  satuan: "Orang",
  polarity: "POSITIF",
  calculation,
  aggregation: "JUMLAH",
  numeratorLabel: null,
  denominatorLabel: null,
  target: { value: "120", upper: null, perubahan: null, upperPerubahan: null },
  realisasi: [
    { period: "TW1", value: "30.5", numerator: null, denominator: null, version: 1 },
    { period: "TW2", value: null, numerator: "12", denominator: "1500", version: 1 },
  ],
});
const budgetRow: GridRow = { type: "ANGGARAN", row: 1, programId: "p", label: "", leaf, cell };
const indicatorRow = (calculation: GridIndicator["calculation"]): GridRow => ({
  type: "INDIKATOR",
  row: 2,
  label: "",
  code: leaf.code,
  indicator: indicator(calculation),
  cells: [cell],
});

describe("earlierQuarters", () => {
  it("prints a leaf's amounts of the quarters before the grid's, an empty quarter as —, 0 as Rp 0", () => {
    expect(earlierQuarters(budgetRow, 4)).toEqual([
      { quarter: 1, text: "Rp 15.000.000" },
      { quarter: 2, text: "—" },
      { quarter: 3, text: "Rp 0" },
    ]);
    expect(earlierQuarters(budgetRow, 1)).toEqual([]);
  });

  it("prints an indicator's values, a ratio as numerator / denominator", () => {
    expect(earlierQuarters(indicatorRow("LANGSUNG"), 3).map((q) => q.text)).toEqual(["30,5", "—"]);
    expect(earlierQuarters(indicatorRow("RASIO"), 3).map((q) => q.text)).toEqual(["— / —", "12 / 1.500"]);
  });
});
