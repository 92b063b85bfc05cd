import { describe, expect, it } from "vitest";
import { checkNarratives } from "@/lib/calc/checks-narrative";
import { buildNarrativeFigures, fillFigureTokens } from "@/lib/calc/figure-tokens";
import { narrativeSectionCatalog } from "@/lib/inputs/narrative";
import { serang2022LkipInput } from "@/lib/lkip/fixtures/serang-2022-lkip-input";
import { serang2022Narrative } from "./serang-2022-narrative";

const input = serang2022LkipInput();
const figures = buildNarrativeFigures({
  rollup: input.evaluation.rollup,
  indicators: input.evaluation.indicators,
  year: 2022,
  opdName: input.opd.name,
});
const texts = [
  ...Object.entries(serang2022Narrative.laporan).map(([title, body]) => ({ title, body: body! })),
  ...Object.entries(serang2022Narrative.sasaran["S1.1"]!).map(([title, body]) => ({ title, body: body! })),
  ...Object.entries(serang2022Narrative.aktivitas).map(([code, body]) => ({
    title: `AKTIVITAS ${code}`,
    body,
  })),
];

describe("Serang 2022 demo narrative", () => {
  it("names every figure by a token the system knows: no typed figure contradicts the data", () => {
    const findings = checkNarratives({
      narratives: texts.map((t) => ({ ...t, mandatory: true })),
      figures,
    });
    expect(findings.map((f) => f.message)).toEqual([]);
  });

  it("writes every mandatory section of the report and of its sasaran", () => {
    const written = [
      ...Object.keys(serang2022Narrative.laporan),
      ...Object.keys(serang2022Narrative.sasaran["S1.1"]!),
    ];
    const mandatory = Object.entries(narrativeSectionCatalog)
      .filter(([, spec]) => spec.mandatory)
      .map(([section]) => section);
    expect(mandatory.filter((section) => !written.includes(section))).toEqual([]);
  });

  it("prints the corrected figures where the report typed contradicting ones", () => {
    const kesimpulan = fillFigureTokens(serang2022Narrative.laporan.KESIMPULAN!, figures.tokens).text;
    expect(kesimpulan).toContain(
      "sebesar Rp 17.654.457.386 dengan realisasi mencapai Rp 17.320.802.867 atau 98,11 %",
    );
    // The report: "dengan realisasi sebesar Rp. 65.58.000,- dan capaiannya 79,61 %".
    const rehabilitasi = fillFigureTokens(serang2022Narrative.aktivitas["1.06.04"]!, figures.tokens).text;
    expect(rehabilitasi).toContain(
      "Sub Kegiatan Penyediaan Permakanan, dengan pagu Rp 82.380.000 dan realisasi sebesar Rp 65.585.000 atau 79,61 %",
    );
    expect(rehabilitasi).toContain("dilaksanakan dengan 2 Kegiatan dan 19 Sub kegiatan");
  });
});
