import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import type { BudgetNodeInput } from "./budget";
import { checkBudget } from "./checks-budget";
import { sortFindings, type Finding } from "./finding";
import { countFindingGroups, countFindings, groupFindings } from "./finding-groups";
import type { Period } from "./period";

const leaf = (code: string, pagu: string, realisasi: [Period, string][]): BudgetNodeInput => ({
  id: code,
  level: "SUB_KEGIATAN",
  code,
  name: `Sub kegiatan ${code}`,
  paguAwal: new Decimal(pagu),
  realisasi: realisasi.map(([period, amount]) => ({ period, amount: new Decimal(amount) })),
  children: [],
});

const through3: [Period, string][] = [
  ["TW1", "10"],
  ["TW2", "10"],
  ["TW3", "10"],
];

/** A year in progress: 94 leaves without TW IV, one without TW III and TW IV, one over its pagu. */
const yearInProgress = (): Finding[] => {
  const leaves = Array.from({ length: 94 }, (_, i) =>
    leaf(`1.06.01.2.01.${String(i + 1).padStart(4, "0")}`, "100", through3),
  );
  leaves.push(leaf("1.06.04.2.02.0003", "100", through3.slice(0, 2)));
  leaves.push(leaf("1.06.05.2.01.0001", "20", [...through3, ["TW4", "10"]]));
  const root: BudgetNodeInput = { id: "OPD", level: "OPD", code: "", name: "Dinas", children: leaves };
  return sortFindings(checkBudget({ root, throughQuarter: 4 }));
};

describe("groupFindings", () => {
  test("one group per rule and triwulan, errors first; a leaf with two empty triwulan is in both", () => {
    const groups = groupFindings(yearInProgress());
    expect(groups.map((g) => [g.severity, g.label, g.items.length])).toEqual([
      ["ERROR", "Realisasi melebihi pagu", 1],
      ["WARNING", "Realisasi TW IV belum diisi", 95],
      ["WARNING", "Realisasi TW III belum diisi", 1],
    ]);
    expect(groups[2]!.items[0]!.location.code).toBe("1.06.04.2.02.0003");
    expect(groups[1]!.quarter).toBe(4);
  });

  test("counts groups per severity and the items inside them", () => {
    expect(countFindings(yearInProgress())).toEqual({
      errors: 1,
      warnings: 2,
      information: 0,
      total: 3,
      items: { ERROR: 1, WARNING: 96, INFO: 0 },
    });
  });

  test("findings of one rule at many places are one group, whatever their message", () => {
    const at = (code: string, message: string): Finding => ({
      code: "TARGET_KOSONG",
      severity: "WARNING",
      location: { level: "SUB_KEGIATAN", code, name: code },
      message,
    });
    const groups = groupFindings([at("1", "a"), at("2", "b"), at("3", "c")]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.items.map((f) => f.location.code)).toEqual(["1", "2", "3"]);
  });

  test("no findings, no groups", () => {
    expect(countFindingGroups(groupFindings([]))).toEqual({
      errors: 0,
      warnings: 0,
      information: 0,
      total: 0,
      items: { ERROR: 0, WARNING: 0, INFO: 0 },
    });
  });
});
