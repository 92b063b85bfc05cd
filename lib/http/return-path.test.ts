import { describe, expect, it } from "vitest";
import { safeReturnPath, withReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path of this site with its query", () => {
    expect(safeReturnPath("/opd/dinsos-serang/2022/dasbor")).toBe("/opd/dinsos-serang/2022/dasbor");
    expect(safeReturnPath("/opd/dinsos-serang/2022/audit?entitas=SubKegiatan&dari=01%2F02%2F2022")).toBe(
      "/opd/dinsos-serang/2022/audit?entitas=SubKegiatan&dari=01%2F02%2F2022",
    );
    expect(safeReturnPath("/")).toBe("/");
  });

  it("drops the fragment and resolves dot segments", () => {
    expect(safeReturnPath("/opd/../akun#x")).toBe("/akun");
  });

  it.each([
    ["another origin, scheme-relative", "//evil.com"],
    ["another origin, scheme-relative with a path", "//evil.com/opd"],
    ["an absolute URL", "https://evil.com/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "opd/dinsos-serang"],
    ["a backslash read as a slash", "/\\evil.com"],
    ["backslashes", "/\\\\evil.com"],
    ["a tab that browsers drop", "/\t/evil.com"],
    ["a newline that browsers drop", "/\n/evil.com"],
    ["an encoded slash", "/%2F%2Fevil.com"],
    ["an encoded slash, lower case", "/%2f/evil.com"],
    ["an encoded backslash", "/%5Cevil.com"],
    ["a dot segment that normalises to //", "/.//evil.com"],
    ["a doubly encoded slash, once decoded", "%2F%2Fevil.com"],
    ["a space", "/ /evil.com"],
    ["empty", ""],
    ["not a string", ["/opd"]],
    ["overlong", `/${"a".repeat(2001)}`],
  ])("refuses %s", (_, value) => {
    expect(safeReturnPath(value)).toBeNull();
  });
});

describe("withReturnPath", () => {
  it("carries the path in ?ke=, encoded", () => {
    expect(withReturnPath("/masuk", "/opd/dinsos-serang/2022/dasbor?tw=2")).toBe(
      "/masuk?ke=%2Fopd%2Fdinsos-serang%2F2022%2Fdasbor%3Ftw%3D2",
    );
    expect(withReturnPath("/akun", "/wilayah/2023")).toBe("/akun?ke=%2Fwilayah%2F2023");
  });

  it("carries nothing for the home page or no path", () => {
    expect(withReturnPath("/masuk", "/")).toBe("/masuk");
    expect(withReturnPath("/masuk", null)).toBe("/masuk");
  });
});
