import { describe, expect, it } from "vitest";
import { saveIndikatorInput } from "@/lib/inputs/indikator";
import { saveSasaranInput, saveTujuanInput } from "@/lib/inputs/renstra";
import { itemKey } from "../snapshot";
import { anggaranColumns, renstraFixedColumns } from "../template";
import { parseImport } from "./parse-import";
import { context, type Raw, sheet } from "./test-workbook";

const renstraBook = (...rows: Raw[][]) =>
  parseImport(
    {
      sheets: [
        sheet("Anggaran", [[...anggaranColumns]]),
        sheet("Renstra", [[...renstraFixedColumns, "Target 2024"], ...rows]),
      ],
    },
    context,
  );

/** The message the form shows under `field`, or undefined when the form accepts the input. */
const formMessage = (
  result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  field: string,
) => result.error?.issues.find((issue) => issue.path[0] === field)?.message;

const tujuanForm = (code: string) =>
  saveTujuanInput.safeParse({
    level: "TUJUAN",
    id: null,
    version: null,
    opdId: "opd",
    year: 2024,
    code,
    text: "Meningkatnya kesejahteraan sosial",
    misiId: null,
  });

describe("the Renstra sheet", () => {
  it("refuses a tujuan code the form refuses, with the form's message, and stores one it accepts as the form does", () => {
    for (const code of ["T1/2024", "T" + "1".repeat(20)]) {
      const refusal = formMessage(tujuanForm(code), "code");
      expect(refusal).toBeDefined();
      const parsed = renstraBook([code, "Tujuan", "Meningkatnya kesejahteraan sosial"]);
      expect(parsed.errors).toEqual([
        { sheet: "Renstra", row: 2, column: "Kode (A)", message: `A2: ${refusal}` },
      ]);
      expect(parsed.items.size).toBe(0);
    }
    const accepted = tujuanForm(" T 1 ");
    expect(accepted.data?.code).toBe("T1");
    const parsed = renstraBook([" T 1 ", "Tujuan", "Meningkatnya kesejahteraan sosial"]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.items.get(itemKey.tujuan("T1"))?.fields).toEqual({
      text: "Meningkatnya kesejahteraan sosial",
    });
  });

  it("refuses a sasaran text and an IKU name as their forms do", () => {
    const longText = "x".repeat(1001);
    const sasaranRefusal = formMessage(
      saveSasaranInput.safeParse({
        level: "SASARAN",
        id: null,
        version: null,
        opdId: "opd",
        year: 2024,
        code: "S1.1",
        text: longText,
        tujuanId: "t",
      }),
      "text",
    );
    const ikuName = "y".repeat(501);
    const ikuRefusal = formMessage(
      saveIndikatorInput.safeParse({
        indikatorId: null,
        ownerLevel: "SASARAN",
        ownerId: "s",
        year: 2024,
        name: ikuName,
        satuan: "%",
        polarity: "POSITIF",
        calculation: "LANGSUNG",
        numeratorLabel: "",
        denominatorLabel: "",
        aggregation: "JUMLAH",
        isIku: true,
        version: null,
      }),
      "name",
    );
    const parsed = renstraBook(
      ["T1", "Tujuan", "Meningkatnya kesejahteraan sosial"],
      ["S1.1", "Sasaran", longText, "T1"],
      ["S1.2", "Sasaran", "Menurunnya angka kemiskinan", "T1"],
      ["IKU-S1.2-1", "IKU", ikuName, "S1.2", "%", "Positif", "12,5"],
    );
    expect(parsed.errors).toEqual([
      { sheet: "Renstra", row: 3, column: "Uraian (C)", message: `C3: ${sasaranRefusal}` },
      { sheet: "Renstra", row: 5, column: "Uraian (C)", message: `C5: ${ikuRefusal}` },
    ]);
  });

  it("reads an IKU under its sasaran with its Renstra target per year", () => {
    const parsed = renstraBook(
      ["T1", "Tujuan", "Meningkatnya kesejahteraan sosial"],
      ["S1.1", "Sasaran", "Menurunnya angka kemiskinan", "T1"],
      ["IKU-S1.1-1", "IKU", "Persentase PMKS tertangani", "S 1.1", "%", "Negatif", "12,5"],
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.renstraYears).toEqual([2024]);
    expect(parsed.items.get(itemKey.iku("S1.1", "Persentase PMKS tertangani"))).toMatchObject({
      parentKey: itemKey.sasaran("S1.1"),
      fields: { satuan: "%", polarity: "NEGATIF", "targetRenstra.2024": "12.5000" },
    });
  });
});
