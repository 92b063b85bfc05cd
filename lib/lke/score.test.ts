import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { lkeKomponen88, lkeKriteria88 } from "./criteria-88-2021";
import { lkePredikat, parseLkeCode, scoreLke, type LkeMarks } from "./score";

const komponen = lkeKomponen88.map((k) => ({ ...k, weight: new Decimal(k.weight) }));
const criteria = lkeKriteria88.map((c) => ({ ...c, active: true }));

describe("lkePredikat", () => {
  it.each([
    ["0", "D"],
    ["30", "D"],
    ["30.01", "C"],
    ["50", "C"],
    ["50.01", "CC"],
    ["60", "CC"],
    ["60.01", "B"],
    ["70", "B"],
    ["70.01", "BB"],
    ["80", "BB"],
    ["80.01", "A"],
    ["90", "A"],
    ["90.01", "AA"],
    ["100", "AA"],
  ])("%s → %s", (total, predikat) => {
    expect(lkePredikat(new Decimal(total))).toBe(predikat);
  });
});

describe("the criteria of PermenPAN-RB 88/2021", () => {
  it("has 80 criteria over 4 components × 3 sub components, weights adding to 100", () => {
    expect(criteria).toHaveLength(80);
    expect(new Set(criteria.map((c) => c.code)).size).toBe(80);
    expect(criteria.every((c) => parseLkeCode(c.code) !== null)).toBe(true);
    expect(komponen.reduce((sum, k) => sum.plus(k.weight), new Decimal(0)).toString()).toBe("100");
    expect(criteria.filter((c) => c.code.startsWith("1.a."))).toHaveLength(7);
  });
});

describe("scoreLke", () => {
  it("gives 100 and AA when every criterion is scored at its top value", () => {
    const top = new Map<string, LkeMarks>(
      criteria.map((c) => [c.code, { answer: null, score: c.scale === "YA_TIDAK" ? "Y" : "A" }]),
    );
    const result = scoreLke(komponen, criteria, top);
    expect(result.total.toString()).toBe("100");
    expect(result.predikat).toBe("AA");
    expect(result.selfTotal.toString()).toBe("0");
    expect(result.scored).toBe(80);
  });

  it("averages each sub component and weighs it, by hand", () => {
    // Perencanaan Kinerja (30): keberadaan 6 × 5/7 Y; kualitas 9 × (10 × 0,75)/10; pemanfaatan 15 × 4/8.
    const marks = new Map<string, LkeMarks>();
    for (let i = 1; i <= 5; i++) marks.set(`1.a.${i}`, { answer: "Y", score: "Y" });
    marks.set("1.a.6", { answer: "Y", score: "T" });
    for (let i = 1; i <= 10; i++) marks.set(`1.b.${i}`, { answer: "A", score: "B" });
    for (let i = 1; i <= 4; i++) marks.set(`1.c.${i}`, { answer: null, score: "A" });
    // Pelaporan Kinerja (15): keberadaan 3 × 6/6.
    for (let i = 1; i <= 6; i++) marks.set(`3.a.${i}`, { answer: "Y", score: "Y" });
    const result = scoreLke(komponen, criteria, marks);
    const perencanaan = result.komponen[0]!;
    expect(perencanaan.subs.map((s) => s.score.toDecimalPlaces(4).toString())).toEqual([
      "4.2857", // 6 × 5 / 7
      "6.75", // 9 × 0,75
      "7.5", // 15 × 4 / 8
    ]);
    // 30/7 + 6,75 + 7,5 + 3 = 21,5357… → 21,54
    expect(result.total.toString()).toBe("21.54");
    expect(result.predikat).toBe("D");
    // Self: 6 × 6/7 + 9 × 1 + 0 + 3 = 17,142857… → 17,14
    expect(result.selfTotal.toString()).toBe("17.14");
    expect(result.answered).toBe(22);
    expect(result.scored).toBe(26);
  });

  it("leaves a retired criterion out of the mean", () => {
    const marks = new Map<string, LkeMarks>([["4.a.1", { answer: "Y", score: "Y" }]]);
    const retired = criteria.map((c) =>
      c.code === "4.a.2" || c.code === "4.a.3" ? { ...c, active: false } : c,
    );
    // Evaluasi internal (25), keberadaan 20 % = 5, its one remaining criterion Y.
    expect(scoreLke(komponen, retired, marks).total.toString()).toBe("5");
    expect(scoreLke(komponen, criteria, marks).total.toString()).toBe("1.67");
  });
});
