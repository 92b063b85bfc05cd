import { describe, expect, it } from "vitest";
import { startYearInput, updateUserInput } from "./admin";

describe("startYearInput", () => {
  it("reads the source year from a select: empty starts an empty year", () => {
    const base = { opdId: "cmopd", year: 2026 };
    expect(startYearInput.parse({ ...base, fromYear: "" })).toMatchObject({
      fromYear: null,
      includePagu: false,
    });
    expect(startYearInput.parse(base)).toMatchObject({ fromYear: null });
    expect(startYearInput.parse({ ...base, fromYear: "2022" })).toMatchObject({ fromYear: 2022 });
    expect(startYearInput.safeParse({ ...base, fromYear: "2026" }).error?.issues[0]?.message).toBe(
      "Tahun asal harus berbeda dari tahun yang dimulai",
    );
  });
});

describe("updateUserInput", () => {
  const user = { userId: "cmuser", version: 1, name: "Perencana", bidangIds: [] };
  it("keeps the scope rules of a new account", () => {
    expect(
      updateUserInput.safeParse({ ...user, role: "PERENCANA", opdId: null }).error?.issues[0]?.path,
    ).toEqual(["opdId"]);
    expect(
      updateUserInput.safeParse({ ...user, role: "KEPALA", opdId: "cmopd", bidangIds: ["cmbidang"] }).error
        ?.issues[0]?.message,
    ).toBe("Hanya perencana yang dapat dibatasi per bidang");
    expect(updateUserInput.safeParse({ ...user, role: "INSPEKTORAT", opdId: null }).success).toBe(true);
  });
});
