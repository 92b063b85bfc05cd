import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { checkNarratives } from "./checks-narrative";
import { serang2022LkipInput } from "@/lib/lkip/fixtures/serang-2022-lkip-input";
import { lkipFigures } from "@/lib/lkip/lkip-figures";
import {
  buildNarrativeFigures,
  figureTokenHelp,
  fillFigureTokens,
  findTypedFigures,
  findUnknownTokens,
  isKnownToken,
  parseNarrativeFigures,
  serializeNarrativeFigures,
} from "./figure-tokens";
import { matchesFigure } from "./narrative-problems";

const input = serang2022LkipInput();
const figures = buildNarrativeFigures({
  rollup: input.evaluation.rollup,
  indicators: input.evaluation.indicators,
  year: 2022,
  opdName: input.opd.name,
});

describe("narrative figure tokens", () => {
  it("fill in the computed figures", () => {
    const { text, unknown } = fillFigureTokens(
      "Pagu {pagu_opd}, realisasi {realisasi_opd}, serapan {serapan_opd}; IKU {capaian_iku:S1.1} ({predikat_iku:S1.1}); " +
        "program {pagu:1.06.04} / {serapan:1.06.04}; {jumlah_program} program tahun {tahun}; " +
        "{jumlah_kegiatan:1.06.04} kegiatan, {jumlah_sub_kegiatan:1.06.04} dan {jumlah_sub_kegiatan:1.06.04.2.02} sub kegiatan; {tidak_ada}",
      figures.tokens,
    );
    expect(text).toBe(
      "Pagu Rp 17.654.457.386, realisasi Rp 17.320.802.867, serapan 98,11 %; IKU 101,67 % (Sangat Tinggi); " +
        "program Rp 626.197.152 / 91,76 %; 7 program tahun 2022; 2 kegiatan, 19 dan 9 sub kegiatan; {tidak_ada}",
    );
    expect(unknown).toEqual(["{tidak_ada}"]);
  });

  it("find typed percentages and rupiah amounts, leaving tokens out", () => {
    expect(
      findTypedFigures(
        "Rp. 17.654.457.386,- dengan realisasi Rp 17.062.822.153,- atau 96,65 % dan {serapan_opd}",
      ).map((f) => [f.kind, f.value.toString(), f.decimals]),
    ).toEqual([
      ["PERCENT", "96.65", 2],
      ["RUPIAH", "17654457386", 0],
      ["RUPIAH", "17062822153", 0],
    ]);
  });

  it("match a typed figure at the precision it was typed with", () => {
    const typed = (text: string) => findTypedFigures(text)[0]!;
    expect(matchesFigure(typed("101,7 %"), figures)).toBe(true);
    expect(matchesFigure(typed("98,11 %"), figures)).toBe(true);
    expect(matchesFigure(typed("96,65 %"), figures)).toBe(false);
    expect(matchesFigure(typed("Rp 17.320.802.867"), figures)).toBe(true);
    expect(
      matchesFigure({ kind: "RUPIAH", typed: "", value: new Decimal(17062822153), decimals: 0 }, figures),
    ).toBe(false);
  });

  it("warn about the printed Kesimpulan's contradicting figures and an unknown token", () => {
    // Kesimpulan 4.1.2 as the Serang 2022 report typed it (the demo carries it with tokens instead).
    const printed =
      "Alokasi anggaran tahun 2022 untuk urusan sosial sebesar Rp. 17.654.457.386,- dengan realisasi " +
      "mencapai Rp 17.062.822.153,- atau 96,65 %.";
    const findings = checkNarratives({
      narratives: [{ title: "Kesimpulan", body: `${printed}\n{serapan_opdd}`, mandatory: true }],
      figures,
    });
    expect(findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      [
        "NARASI_TOKEN_TIDAK_DIKENAL",
        "WARNING",
        "Narasi Kesimpulan memakai {serapan_opdd}, yang tidak dikenal; teks dicetak apa adanya",
      ],
      [
        "NARASI_ANGKA_TIDAK_COCOK",
        "WARNING",
        "Narasi Kesimpulan menyebut 96,65 %, yang tidak sama dengan angka terhitung mana pun; serapan terhitung 98,11 %",
      ],
      [
        "NARASI_ANGKA_TIDAK_COCOK",
        "WARNING",
        "Narasi Kesimpulan menyebut Rp 17.062.822.153, yang tidak sama dengan angka terhitung mana pun; pagu terhitung Rp 17.654.457.386, realisasi Rp 17.320.802.867",
      ],
    ]);
  });

  it("name each program's counts and efficiency, and the IKU's history where the LKIP gives it", () => {
    const body =
      "{jumlah_kegiatan:1.06.01} kegiatan, {jumlah_sub_kegiatan:1.06.01} sub kegiatan; efisiensi {efisiensi:1.06.01}; " +
      "{realisasi_banding_iku:S1.1} pada {tahun_banding_iku:S1.1}, berubah {selisih_iku:S1.1}; akhir {target_akhir_iku:S1.1} ({tahun_akhir})";
    expect(fillFigureTokens(body, lkipFigures(input).tokens)).toEqual({
      text: "5 kegiatan, 19 sub kegiatan; efisiensi -10,58 %; 3,85 % pada 2021, berubah -0,8 poin persen; akhir 3 % (2026)",
      unknown: [],
    });
    // The engine's checks know only the year: a history token is not called unknown there, a typo is.
    const findings = checkNarratives({
      narratives: [{ title: "Analisis", body: "{selisih_iku:S1.1} {selisih_ikuu:S1.1}", mandatory: false }],
      figures,
    });
    expect(findings.map((f) => f.message)).toEqual([
      "Narasi Analisis memakai {selisih_ikuu:S1.1}, yang tidak dikenal; teks dicetak apa adanya",
    ]);
  });
});

describe("token names", () => {
  it("know every token the LKIP fills and every token the editor documents", () => {
    const filled = [...lkipFigures(input).tokens.keys()].map((name) => `{${name}}`);
    const documented = figureTokenHelp
      .flatMap(({ token, meaning }) => `${token} ${meaning}`.match(/\{[a-z_]+(?::<kode>)?\}/g) ?? [])
      .map((token) => token.replace("<kode>", "1.06.04"));
    expect(documented.length).toBeGreaterThan(30);
    expect([...filled, ...documented].filter((token) => !isKnownToken(token))).toEqual([]);
  });

  it("tell a misspelt name, a kode after a name that takes none and a name missing its kode", () => {
    expect(
      findUnknownTokens(
        "{serapan_opd} {token_salah} {pagu:9.99} {serapan_opdd} {token_salah} {serapan_opd:1.06} {pagu}",
      ),
    ).toEqual(["{token_salah}", "{serapan_opdd}", "{serapan_opd:1.06}", "{pagu}"]);
  });
});

describe("narrative figures", () => {
  const full = lkipFigures(input);

  it("travel to the browser as text and come back the same, each computed figure once", () => {
    const back = parseNarrativeFigures(serializeNarrativeFigures(full));
    expect(back.tokens).toEqual(full.tokens);
    expect(back.reference).toEqual(full.reference);
    expect(back.percents.length).toBeLessThan(full.percents.length);
    expect(new Set(back.percents.map(String))).toEqual(new Set(full.percents.map(String)));
    expect(new Set(back.amounts.map(String))).toEqual(new Set(full.amounts.map(String)));
    expect(back.percents.every((value) => value instanceof Decimal)).toBe(true);
  });
});

describe("mandatory sections", () => {
  it("an empty mandatory section is an error; an empty optional one is nothing", () => {
    const findings = checkNarratives({
      narratives: [
        { title: "Kesimpulan", body: " \n", mandatory: true },
        { title: "Kendala", body: "", mandatory: false },
      ],
      figures,
    });
    expect(findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ["NARASI_WAJIB_KOSONG", "ERROR", "Narasi Kesimpulan wajib ada dalam laporan dan belum ditulis"],
    ]);
  });
});
