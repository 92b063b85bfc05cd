import { describe, expect, it } from "vitest";
import { parseImport } from "./import/parse-import";
import { anggaranBook as book, context } from "./import/test-workbook";
import { planImport } from "./validate-import";

describe("planImport", () => {
  it("plans nothing for the same data and keeps a limited planner to their bidang", () => {
    const file = parseImport(book(["1.06.04", "Program", "Sekretariat", 5]), context);
    const current = parseImport(
      book(["1.06.04", "Program", "Sekretariat", 5], ["1.06.05", "Lain", "Sekretariat"]),
      context,
    ).items;
    expect(planImport(file.items, file, { bidang: null }).totals).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
      removed: 0,
    });
    const whole = planImport(current, file, { bidang: null });
    expect(whole.totals).toMatchObject({ unchanged: 1, removed: 1 });
    const limited = planImport(
      current,
      parseImport(book(["1.06.04", "Program", "Sekretariat", 6]), context),
      {
        bidang: ["Bidang Rehabilitasi Sosial"],
      },
    );
    expect(limited.ok).toBe(false);
    expect(limited.errors[0]).toMatchObject({ row: 2, column: "Bidang" });
    expect(limited.totals.removed).toBe(0);
  });
});
