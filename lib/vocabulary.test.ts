import { describe, expect, it } from "vitest";
import { levelName, levelTitle, quarterLabel, reportPeriodLabel } from "./vocabulary";

describe("vocabulary", () => {
  it("writes a level mid-sentence in lower case and capitalises only its first letter at the start", () => {
    expect(`Kode ${levelName("SUB_KEGIATAN")} wajib diisi`).toBe("Kode sub kegiatan wajib diisi");
    expect(levelTitle("SUB_KEGIATAN")).toBe("Sub kegiatan");
    expect(levelTitle("REKENING")).toBe("Rekening belanja");
    expect(levelTitle("IKU")).toBe("IKU");
  });

  it("names a quarter short in headings and in full for a recorded period", () => {
    expect([1, 2, 3, 4].map((q) => quarterLabel(q as 1 | 2 | 3 | 4))).toEqual([
      "TW I",
      "TW II",
      "TW III",
      "TW IV",
    ]);
    expect(Object.values(reportPeriodLabel)).toEqual([
      "Triwulan I",
      "Triwulan II",
      "Triwulan III",
      "Triwulan IV",
      "Tahunan",
    ]);
  });
});
