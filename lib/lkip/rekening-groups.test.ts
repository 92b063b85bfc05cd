import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { rollupBudget, type BudgetNodeInput } from "@/lib/calc/budget";
import { describeSerapan } from "@/lib/calc/serapan";
import { formatNumber } from "@/lib/format";
import { budgetLines } from "./rekening-groups";

const rekening = (code: string, name: string, pagu: string, realisasi: string): BudgetNodeInput => ({
  id: code,
  level: "REKENING",
  code,
  name,
  paguAwal: new Decimal(pagu),
  realisasi: [{ period: "TAHUNAN", amount: new Decimal(realisasi) }],
  children: [],
});
const node = (level: BudgetNodeInput["level"], code: string, name: string, children: BudgetNodeInput[]) => ({
  id: code,
  level,
  code,
  name,
  children,
});

// Metro 2023 Tabel 3.2, "Penyusunan Dokumen Perencanaan Perangkat Daerah": 2.993.950 / 2.974.430.
const rollup = rollupBudget({
  throughQuarter: 4,
  root: node("OPD", "", "Dinas Sosial Kota Metro", [
    node("PROGRAM", "1.06.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", [
      node("KEGIATAN", "1.06.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", [
        node("SUB_KEGIATAN", "1.06.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", [
          rekening("5.1.02.02.01.0013", "Belanja Lembur", "2720000", "2712000"),
          rekening(
            "5.1.02.01.01.0024",
            "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
            "157750",
            "152000",
          ),
          rekening(
            "5.1.02.01.01.0025",
            "Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover",
            "70000",
            "65000",
          ),
          rekening(
            "5.1.02.01.01.0026",
            "Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak",
            "46200",
            "45430",
          ),
        ]),
      ]),
    ]),
  ]),
});

const groups = {
  "5.1": "Belanja Operasi",
  "5.1.02": "Belanja Barang dan Jasa",
  "5.1.02.01": "Belanja Barang",
  "5.1.02.01.01": "Belanja Barang Pakai Habis",
  "5.1.02.02": "Belanja Jasa",
  "5.1.02.02.01": "Belanja Jasa Kantor",
};

const printed = (lines: ReturnType<typeof budgetLines>) =>
  lines.map((line) =>
    [
      "  ".repeat(line.depth) + line.name,
      formatNumber(line.pagu, 0),
      line.realisasi.status === "KNOWN" ? formatNumber(line.realisasi.value, 0) : "?",
      describeSerapan(line.serapan),
    ].join(" | "),
  );

describe("rekening group subtotals in the realisasi table", () => {
  it("prints each group of the chart of accounts above its leaves, totalled from them, as Metro's Tabel 3.2", () => {
    expect(printed(budgetLines(rollup, groups)).slice(3)).toEqual([
      "      Belanja Operasi | 2.993.950 | 2.974.430 | 99,35 %",
      "        Belanja Barang dan Jasa | 2.993.950 | 2.974.430 | 99,35 %",
      "          Belanja Barang | 273.950 | 262.430 | 95,79 %",
      "            Belanja Barang Pakai Habis | 273.950 | 262.430 | 95,79 %",
      "              Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor | 157.750 | 152.000 | 96,35 %",
      "              Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover | 70.000 | 65.000 | 92,86 %",
      "              Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak | 46.200 | 45.430 | 98,33 %",
      "          Belanja Jasa | 2.720.000 | 2.712.000 | 99,71 %",
      "            Belanja Jasa Kantor | 2.720.000 | 2.712.000 | 99,71 %",
      "              Belanja Lembur | 2.720.000 | 2.712.000 | 99,71 %",
    ]);
  });

  it("prints the leaves under their sub kegiatan when the chart has no name for their groups", () => {
    expect(
      printed(budgetLines(rollup, {}))
        .slice(3)
        .map((line) => line.split(" | ")[0]),
    ).toEqual([
      "      Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
      "      Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover",
      "      Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak",
      "      Belanja Lembur",
    ]);
  });
});
