import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import {
  calculateEfisiensiRow,
  calculateEfisiensiTable,
  calculateWeightedEfisiensi,
  efisiensiFormulaDescription,
  type EfisiensiRowInput,
} from "./efisiensi";
import { formatPercent } from "@/lib/format";
import { knownAmount, unknownAmount } from "./period";

const d = (s: string) => new Decimal(s);

function row(id: string, capaian: string | null, pagu: string, realisasi: string): EfisiensiRowInput {
  return {
    id,
    name: `Sasaran ${id}`,
    capaian: capaian === null ? null : d(capaian),
    pagu: d(pagu),
    realisasi: knownAmount(d(realisasi)),
  };
}

describe("tingkat efisiensi = % capaian kinerja − % penyerapan anggaran", () => {
  test("seed example: 100 − 97,85 = 2,15", () => {
    const result = calculateEfisiensiRow(row("1", "100", "100000000", "97850000"));
    expect(result.serapan.status === "OK" && result.serapan.value.toString()).toBe("97.85");
    expect(result.tingkatEfisiensi).toEqual({ status: "OK", value: d("2.15") });
    expect(result.formula).toBe("SELISIH_CAPAIAN_SERAPAN");
    expect(efisiensiFormulaDescription[result.formula]).toBe(
      "Tingkat efisiensi = % capaian kinerja − % penyerapan anggaran",
    );
  });

  test.each([
    // Metro 2023: IKU capaian 101,39 % (92,77 / 91,5) against serapan 94,74 %.
    { name: "Metro", input: row("m", "101.39", "5093068611", "4825424420"), expected: "6,65 %" },
    { name: "capaian below serapan", input: row("2", "90", "1000", "950"), expected: "-5,00 %" },
  ])("$name → $expected", ({ input, expected }) => {
    const result = calculateEfisiensiRow(input);
    expect(result.tingkatEfisiensi.status === "OK" && formatPercent(result.tingkatEfisiensi.value)).toBe(
      expected,
    );
  });

  test.each([
    { name: "no capaian", input: row("3", null, "1000", "900"), status: "TANPA_CAPAIAN" },
    { name: "pagu 0", input: row("4", "100", "0", "0"), status: "PAGU_NOL" },
    {
      name: "realisasi unknown",
      input: { ...row("5", "100", "1000", "0"), realisasi: unknownAmount("HANYA_TAHUNAN") },
      status: "REALISASI_TIDAK_DIKETAHUI",
    },
  ])("$name → $status", ({ input, status }) => {
    expect(calculateEfisiensiRow(input).tingkatEfisiensi.status).toBe(status);
  });
});

describe("output-weighted efficiency E = Σ(pagu × capaian − realisasi) / Σ(pagu × capaian)", () => {
  test("hand-computed: (1.000.000 − 900.000 + 1.600.000 − 1.500.000) / 2.600.000 = 7,69 %", () => {
    const result = calculateWeightedEfisiensi({
      rows: [row("a", "100", "1000000", "900000"), row("b", "80", "2000000", "1500000")],
    });
    if (result.status !== "OK") throw new Error(result.status);
    expect(result.fraction.toString()).toBe("0.076923076923076923077");
    expect(formatPercent(result.percent)).toBe("7,69 %");
    expect(result.formula).toBe("EFISIENSI_TERTIMBANG_OUTPUT");
  });

  test("hand-computed: over-spending gives a negative E: (500 − 600) / 500 = −20 %", () => {
    const result = calculateWeightedEfisiensi({ rows: [row("a", "50", "1000", "600")] });
    expect(result.status === "OK" && result.percent.toString()).toBe("-20");
  });

  test.each([
    {
      name: "a row without capaian",
      rows: [row("a", "100", "1000", "900"), row("b", null, "1000", "900")],
      expected: {
        status: "DATA_TIDAK_LENGKAP",
        incompleteIds: ["b"],
        formula: "EFISIENSI_TERTIMBANG_OUTPUT",
      },
    },
    {
      name: "no output at all",
      rows: [row("a", "0", "1000", "900")],
      expected: { status: "PEMBAGI_NOL", formula: "EFISIENSI_TERTIMBANG_OUTPUT" },
    },
  ])("$name → $expected.status", ({ rows, expected }) => {
    expect(calculateWeightedEfisiensi({ rows })).toEqual(expected);
  });

  test("the table gives rows and the weighted figure together", () => {
    const table = calculateEfisiensiTable({
      rows: [row("a", "100", "1000000", "900000"), row("b", "80", "2000000", "1500000")],
    });
    expect(
      table.rows.map((r) =>
        r.tingkatEfisiensi.status === "OK" ? r.tingkatEfisiensi.value.toString() : r.tingkatEfisiensi.status,
      ),
    ).toEqual(["10", "5"]);
    expect(table.weighted.status === "OK" && formatPercent(table.weighted.percent)).toBe("7,69 %");
  });
});
