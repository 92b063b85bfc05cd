import { describe, expect, it } from "vitest";
import { fillFigureTokens, findTypedFigures } from "@/lib/calc/figure-tokens";
import { narrativeSections } from "@/lib/inputs/narrative";
import { draftNarrative } from "./drafts";
import { serang2022LkipInput } from "./fixtures/serang-2022-lkip-input";
import { lkipFigures } from "./lkip-figures";

const input = serang2022LkipInput();
const sasaranId = input.renstra.tujuan[0]!.sasaran[0]!.id;
const ownerOf = (section: string) =>
  section.startsWith("ANALISIS_") ? sasaranId : section === "AKTIVITAS" ? "program-1.06.04" : null;
const drafts = narrativeSections.map((section) => ({
  section,
  draft: draftNarrative(input, section, ownerOf(section)),
}));

describe("drafts of the narrative sections", () => {
  it("drafts the sections the figures speak to, and leaves the organisation's own texts to the planner", () => {
    expect(drafts.filter((d) => d.draft).map((d) => d.section)).toEqual([
      "KATA_PENGANTAR",
      "IKHTISAR_EKSEKUTIF",
      "LATAR_BELAKANG",
      "MAKSUD_TUJUAN",
      "DASAR_HUKUM",
      "ANGGARAN",
      "SISTEMATIKA",
      "ANALISIS_SASARAN",
      "ANALISIS_PENYEBAB",
      "ANALISIS_EFISIENSI",
      "ANALISIS_PROGRAM",
      "AKTIVITAS",
      "REALISASI_ANGGARAN",
      "KESIMPULAN",
    ]);
  });

  it("names every figure with a token, never a typed number, and every token is one the data fills", () => {
    for (const { section, draft } of drafts) {
      if (!draft) continue;
      expect(findTypedFigures(draft), section).toEqual([]);
      expect(fillFigureTokens(draft, lkipFigures(input).tokens).unknown, section).toEqual([]);
    }
  });

  it("writes the analyses of a sasaran from its IKU across the years", () => {
    const analysis = draftNarrative(input, "ANALISIS_SASARAN", sasaranId)!;
    expect(analysis).toContain("realisasi Tahun {tahun} berubah {selisih_iku:S1.1}");
    expect(fillFigureTokens(analysis, lkipFigures(input).tokens).text).toContain(
      "Dibandingkan Tahun 2021 dengan realisasi 3,85 %, realisasi Tahun 2022 berubah -0,8 poin persen.",
    );
    expect(draftNarrative(input, "ANALISIS_SASARAN", "no-such-sasaran")).toBeNull();
  });

  it("writes the Kesimpulan with the computed totals, not the report's 96,65 %", () => {
    const text = fillFigureTokens(draftNarrative(input, "KESIMPULAN", null)!, lkipFigures(input).tokens).text;
    expect(text).toContain(
      "Pagu anggaran Rp 17.654.457.386 direalisasikan Rp 17.320.802.867, atau serapan 98,11 %.",
    );
    expect(text).toContain(
      'indikator "Persentase PMKS yang Mendapatkan Program Pelayanan Sosial" tercapai 101,67 % (Sangat Tinggi)',
    );
  });
});
