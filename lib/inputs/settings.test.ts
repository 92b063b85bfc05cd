import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { keberhasilanScale, serializePredikatScale } from "@/lib/calc/predikat";
import { calcSettingsSchema, defaultCalcSettings } from "@/lib/calc/settings";
import { calcSettingsForm, calcSettingsFormValues } from "./settings";

const issues = (input: Record<string, string>) => {
  const result = calcSettingsForm.safeParse({
    preset: "permendagri86",
    min: "50",
    max: "150",
    cap: "",
    deadlineDays: "10",
    rencanaAksiBand: "10",
    ...input,
  });
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("calcSettingsForm", () => {
  it("reads percentages typed the Indonesian way into the settings.update input", () => {
    const parsed = calcSettingsForm.parse({
      preset: "keberhasilan",
      min: "42,5",
      max: "1.000",
      cap: " 120 ",
      deadlineDays: "15",
      rencanaAksiBand: "7,5",
    });
    expect(parsed).toEqual({
      settings: {
        predikatScale: serializePredikatScale(keberhasilanScale),
        plausibleCapaian: { min: "42.5", max: "1000" },
        capaianCap: "120",
        entryDeadlineDays: 15,
        rencanaAksiBand: "7.5",
      },
    });
    // What the server's schema makes of it.
    const settings = calcSettingsSchema.parse(parsed.settings);
    expect(settings.plausibleCapaian.min.toString()).toBe("42.5");
    expect(settings.capaianCap?.toString()).toBe("120");
    expect(settings.predikatScale.name).toBe(keberhasilanScale.name);
    expect(settings.rencanaAksiBand.toString()).toBe("7.5");
  });

  it("leaves the cap out when it is empty", () => {
    expect(
      calcSettingsForm.parse({
        preset: "permendagri86",
        min: "50",
        max: "150",
        cap: "  ",
        deadlineDays: "10",
        rencanaAksiBand: "10",
      }).settings.capaianCap,
    ).toBeNull();
  });

  it("refuses English decimals and words under their field, in Indonesian", () => {
    expect(issues({ min: "42.5" })).toEqual([
      ["min", "Titik (.) adalah pemisah ribuan dan koma (,) pemisah desimal; maksudnya 42,5?"],
    ]);
    expect(issues({ cap: "1,234.5" })[0]?.[0]).toBe("cap");
    expect(issues({ max: "banyak" })[0]?.[1]).toContain("bukan angka yang sah");
    expect(issues({ max: "" })).toEqual([["max", "Nilai kosong"]]);
    expect(issues({ rencanaAksiBand: "" })).toEqual([["rencanaAksiBand", "Nilai kosong"]]);
    expect(issues({ deadlineDays: "7,5" })).toEqual([["deadlineDays", "Isi jumlah hari (0–90), tanpa koma"]]);
  });

  it("starts from the stored settings written the Indonesian way, which it reads back unchanged", () => {
    const values = calcSettingsFormValues({
      ...defaultCalcSettings,
      plausibleCapaian: { min: new Decimal("42.5"), max: new Decimal(150) },
      capaianCap: new Decimal(120),
    });
    expect(values).toEqual({
      preset: "permendagri86",
      min: "42,5",
      max: "150",
      cap: "120",
      deadlineDays: "10",
      rencanaAksiBand: "10",
    });
    expect(calcSettingsForm.parse(values).settings.plausibleCapaian).toEqual({ min: "42.5", max: "150" });
    expect(calcSettingsFormValues(defaultCalcSettings).cap).toBe("");
  });
});
