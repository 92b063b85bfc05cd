import { describe, expect, it } from "vitest";
import { saveIndikatorInput } from "@/lib/inputs/indikator";
import { itemKey } from "../snapshot";
import { anggaranColumns, indikatorColumns } from "../template";
import { parseImport } from "./parse-import";
import { context, type Raw, sheet } from "./test-workbook";

const withIndicators = (...rows: Raw[][]) =>
  parseImport(
    {
      sheets: [
        sheet("Anggaran", [[...anggaranColumns], ["1.06.04", "Program Rehabilitasi", "Sekretariat"]]),
        sheet("Indikator", [indikatorColumns, ...rows]),
      ],
    },
    context,
  );

const indicatorForm = (name: string, satuan: string) =>
  saveIndikatorInput.safeParse({
    indikatorId: null,
    ownerLevel: "PROGRAM",
    ownerId: "p",
    year: 2024,
    name,
    satuan,
    polarity: "POSITIF",
    calculation: "LANGSUNG",
    numeratorLabel: "",
    denominatorLabel: "",
    aggregation: "JUMLAH",
    isIku: false,
    version: null,
  });
const formMessages = (result: ReturnType<typeof indicatorForm>) =>
  Object.fromEntries(result.error?.issues.map((issue) => [issue.path[0], issue.message]) ?? []);

describe("the Indikator sheet", () => {
  it("refuses an indicator name and a satuan the indicator form refuses, with the form's messages", () => {
    const refused = formMessages(indicatorForm("ab", ""));
    expect(Object.keys(refused)).toEqual(["name", "satuan"]);
    const parsed = withIndicators(["1.06.04", "ab", null, "Positif", "Langsung", "Jumlah", 90]);
    expect(parsed.errors).toEqual([
      { sheet: "Indikator", row: 2, column: "Indikator (B)", message: `B2: ${refused.name}` },
      { sheet: "Indikator", row: 2, column: "Satuan (C)", message: `C2: ${refused.satuan}` },
    ]);
  });

  it("reads an indicator of a program with its target and quarterly realisasi", () => {
    const parsed = withIndicators([
      "1.06.04",
      " Persentase PMKS tertangani ",
      "%",
      "Positif",
      "Langsung",
      "Rata-rata",
      "90",
      null,
      "85,5",
      92,
    ]);
    expect(parsed.errors).toEqual([]);
    const key = itemKey.indicator(itemKey.program("1.06.04"), "Persentase PMKS tertangani");
    expect(parsed.items.get(key)).toMatchObject({
      label: "1.06.04 Persentase PMKS tertangani",
      bidang: "Sekretariat",
      fields: {
        name: "Persentase PMKS tertangani",
        aggregation: "RATA_RATA",
        target: "90.0000",
        "value.TW1": "85.5000",
        "value.TW2": "92.0000",
        "value.TW3": null,
      },
    });
  });
});
