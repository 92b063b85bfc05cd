import { describe, expect, it } from "vitest";
import { serang2022LkipInput } from "@/lib/lkip/fixtures/serang-2022-lkip-input";
import { lkipFigures } from "@/lib/lkip/lkip-figures";
import { findTypedFigures } from "./figure-tokens";
import { findNarrativeProblems, matchesFigure, nearestToken } from "./narrative-problems";

const input = serang2022LkipInput();

describe("narrative problems (the editor's warnings and the engine's findings)", () => {
  const full = lkipFigures(input);

  it("tell an unknown token from a known one without a figure, each once, then typed figures matching nothing", () => {
    const problems = findNarrativeProblems(
      "{token_salah} {pagu:9.99} {token_salah} 92,78 % {serapan_opd} 98,1 % Rp 17.320.802.867",
      full,
    );
    expect(
      problems.map((p) => (p.kind === "TYPED_FIGURE" ? [p.kind, p.figure.typed] : [p.kind, p.token])),
    ).toEqual([
      ["UNKNOWN_TOKEN", "{token_salah}"],
      ["TOKEN_WITHOUT_FIGURE", "{pagu:9.99}"],
      ["TYPED_FIGURE", "92,78 %"],
    ]);
  });

  it("match a typed figure against every figure a token prints, not only the engine's", () => {
    // The IKU's realisasi of 2021 is no figure of the year's engine, but {realisasi_banding_iku:S1.1} prints it.
    const typed = findTypedFigures("3,85 %")[0]!;
    expect(full.percents.some((value) => value.equals("3.85"))).toBe(false);
    expect(matchesFigure(typed, full)).toBe(true);
    expect(matchesFigure(findTypedFigures("3,86 %")[0]!, full)).toBe(false);
  });

  it("name the token whose figure of the same kind is nearest", () => {
    expect(nearestToken(findTypedFigures("96,65 %")[0]!, full.tokens)).toEqual({
      token: "{serapan:1.06.01.2.09.0011}",
      value: "96,68 %",
    });
    expect(nearestToken(findTypedFigures("Rp 17.062.822.153")[0]!, full.tokens)).toEqual({
      token: "{realisasi_opd}",
      value: "Rp 17.320.802.867",
    });
    expect(nearestToken(findTypedFigures("5 %")[0]!, new Map([["tahun", "2022"]]))).toBeNull();
  });

  it("break a tie toward the smaller figure, and name the first of tokens printing the same figure", () => {
    const tokens = new Map([
      ["a", "10 %"],
      ["b", "20 %"],
      ["c", "20 %"],
      ["d", "Rp 5"],
      ["e", "2022"],
    ]);
    const nearest = (typed: string) => nearestToken(findTypedFigures(typed)[0]!, tokens)?.token;
    expect(["15 %", "19 %", "5 %", "25 %", "Rp 1"].map(nearest)).toEqual(["{a}", "{b}", "{a}", "{b}", "{d}"]);
  });
});
