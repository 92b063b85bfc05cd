import { describe, expect, it } from "vitest";
import { neutralise, unneutralise } from "./sheet-writer";

describe("formula injection", () => {
  it("neutralises text that a spreadsheet would run, and the import undoes it", () => {
    for (const text of ["=1+1", "+62", "-5", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutralise(text)).toBe(`'${text}`);
      expect(unneutralise(neutralise(text))).toBe(text);
    }
    expect(neutralise("Belanja ATK")).toBe("Belanja ATK");
  });
});
