import { describe, expect, it } from "vitest";
import { parsePublicLkipFilename, publicLkipFilename, publicLkipPath } from "./public-portal";

describe("the portal's download names", () => {
  it("name the OPD, year and revision, and read back only such names", () => {
    expect(publicLkipFilename("dinsos-serang", 2022, 1)).toBe("LKIP-dinsos-serang-2022-final-r1.pdf");
    expect(publicLkipPath("3604", "dinsos-serang", 2022, 2)).toBe(
      "/publik/3604/lkip/LKIP-dinsos-serang-2022-final-r2.pdf",
    );
    expect(parsePublicLkipFilename("LKIP-dinsos-serang-2022-final-r12.pdf")).toEqual({
      slug: "dinsos-serang",
      year: 2022,
      revision: 12,
    });
    for (const name of [
      "LKIP-dinsos-serang-2022-draf.pdf",
      "LKIP-dinsos-serang-2022-final-r0.pdf",
      "LKIP-../x-2022-final-r1.pdf",
      "LKIP-dinsos-serang-2022-final-r1.docx",
      "lkip.pdf",
    ]) {
      expect({ name, parsed: parsePublicLkipFilename(name) }).toEqual({ name, parsed: null });
    }
  });
});
