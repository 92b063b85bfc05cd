import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import {
  determinePredikat,
  keberhasilanScale,
  permendagri86Scale,
  predikatScaleSchema,
  serializePredikatScale,
} from "./predikat";

const d = (s: string) => new Decimal(s);

describe("Permendagri 86/2017 scale", () => {
  test.each([
    { capaian: "128.33", label: "Sangat Tinggi" },
    { capaian: "91", label: "Sangat Tinggi" },
    { capaian: "90.995", label: "Sangat Tinggi" }, // shown as 91,00 %
    { capaian: "90.99", label: "Tinggi" },
    { capaian: "90.994", label: "Tinggi" },
    { capaian: "76", label: "Tinggi" },
    { capaian: "75.99", label: "Sedang" },
    { capaian: "66", label: "Sedang" },
    { capaian: "65.99", label: "Rendah" },
    { capaian: "51", label: "Rendah" },
    { capaian: "50.99", label: "Sangat Rendah" },
    { capaian: "50", label: "Sangat Rendah" },
    { capaian: "0", label: "Sangat Rendah" },
    { capaian: "-50", label: "Sangat Rendah" },
    { capaian: "94.744932545735932557", label: "Sangat Tinggi" }, // Metro 94,74 %
  ])("$capaian → $label", ({ capaian, label }) => {
    expect(determinePredikat({ capaian: d(capaian), scale: permendagri86Scale }).label).toBe(label);
  });
});

describe("Sangat Berhasil / Berhasil / Cukup / Kurang scale", () => {
  test.each([
    { capaian: "85", label: "Sangat Berhasil" },
    { capaian: "84.99", label: "Berhasil" },
    { capaian: "70", label: "Berhasil" },
    { capaian: "69.99", label: "Cukup" },
    { capaian: "55", label: "Cukup" },
    { capaian: "54.99", label: "Kurang" },
    { capaian: "-10", label: "Kurang" },
  ])("$capaian → $label", ({ capaian, label }) => {
    expect(determinePredikat({ capaian: d(capaian), scale: keberhasilanScale }).label).toBe(label);
  });
});

describe("predikatScaleSchema", () => {
  test("a scale stored as JSON parses back and classifies the same", () => {
    const json = JSON.parse(JSON.stringify(serializePredikatScale(permendagri86Scale)));
    expect(json.bands[4].min).toBe("-Infinity");
    const parsed = predikatScaleSchema.parse(json);
    expect(parsed.bands.map((b) => b.min.toString())).toEqual(["91", "76", "66", "51", "-Infinity"]);
    expect(determinePredikat({ capaian: d("90.99"), scale: parsed }).label).toBe("Tinggi");
  });

  test("numbers are accepted too", () => {
    const parsed = predikatScaleSchema.parse({
      name: "Pemda X",
      bands: [
        { min: 80, label: "Baik" },
        { min: 0, label: "Kurang" },
      ],
    });
    expect(determinePredikat({ capaian: d("80"), scale: parsed }).label).toBe("Baik");
    expect(determinePredikat({ capaian: d("-5"), scale: parsed }).label).toBe("Kurang");
  });

  test.each([
    {
      name: "not descending",
      bands: [
        { min: "70", label: "A" },
        { min: "80", label: "B" },
        { min: "0", label: "C" },
      ],
      message: "Batas bawah tiap tingkat harus lebih kecil dari tingkat di atasnya",
    },
    {
      name: "last band does not catch the rest",
      bands: [
        { min: "80", label: "A" },
        { min: "50", label: "B" },
      ],
      message: "Tingkat terakhir harus mencakup semua nilai di bawahnya (batas bawah 0 atau -Infinity)",
    },
    {
      name: "not a number",
      bands: [
        { min: "abc", label: "A" },
        { min: "0", label: "B" },
      ],
      message: "Bukan angka yang sah: abc",
    },
    {
      name: "one band only",
      bands: [{ min: "0", label: "A" }],
      message: "Skala predikat minimal memiliki dua tingkat",
    },
    {
      name: "empty label",
      bands: [
        { min: "50", label: " " },
        { min: "0", label: "B" },
      ],
      message: "Label predikat wajib diisi",
    },
  ])("rejects: $name", ({ bands, message }) => {
    const result = predikatScaleSchema.safeParse({ name: "Skala", bands });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});
