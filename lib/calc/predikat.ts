import Decimal from "decimal.js";
import { z } from "@/lib/inputs/zod";
import { decimalSchema } from "./decimal-schema";
import { roundPercent } from "@/lib/format";

export type PredikatBand = {
  /** Inclusive lower bound, in percent. */
  min: Decimal;
  label: string;
};

/** Bands sorted by min, descending. The last band catches everything below the band before it. */
export type PredikatScale = { name: string; bands: PredikatBand[] };

export const permendagri86Scale: PredikatScale = {
  name: "Permendagri 86/2017",
  bands: [
    { min: new Decimal(91), label: "Sangat Tinggi" },
    { min: new Decimal(76), label: "Tinggi" },
    { min: new Decimal(66), label: "Sedang" },
    { min: new Decimal(51), label: "Rendah" },
    { min: new Decimal(-Infinity), label: "Sangat Rendah" },
  ],
};

export const keberhasilanScale: PredikatScale = {
  name: "Sangat Berhasil / Berhasil / Cukup / Kurang",
  bands: [
    { min: new Decimal(85), label: "Sangat Berhasil" },
    { min: new Decimal(70), label: "Berhasil" },
    { min: new Decimal(55), label: "Cukup" },
    { min: new Decimal(-Infinity), label: "Kurang" },
  ],
};

export const predikatScaleSchema = z
  .object({
    name: z.string().trim().min(1, "Nama skala wajib diisi"),
    bands: z
      .array(z.object({ min: decimalSchema, label: z.string().trim().min(1, "Label predikat wajib diisi") }))
      .min(2, "Skala predikat minimal memiliki dua tingkat"),
  })
  .superRefine((scale, ctx) => {
    scale.bands.forEach((band, index) => {
      const next = scale.bands[index + 1];
      if (next && !band.min.greaterThan(next.min)) {
        ctx.addIssue({
          code: "custom",
          path: ["bands", index + 1, "min"],
          message: "Batas bawah tiap tingkat harus lebih kecil dari tingkat di atasnya",
        });
      }
    });
    const last = scale.bands[scale.bands.length - 1];
    if (last && last.min.greaterThan(0)) {
      ctx.addIssue({
        code: "custom",
        path: ["bands", scale.bands.length - 1, "min"],
        message: "Tingkat terakhir harus mencakup semua nilai di bawahnya (batas bawah 0 atau -Infinity)",
      });
    }
  });

/** The JSON form of a scale (decimals as strings), which predikatScaleSchema parses back. */
export function serializePredikatScale(scale: PredikatScale): z.input<typeof predikatScaleSchema> {
  return { name: scale.name, bands: scale.bands.map((b) => ({ min: b.min.toString(), label: b.label })) };
}

/**
 * The band of a capaian. The capaian is first rounded to two decimals as displayed, so a table can
 * never show "91,00 %" next to "Tinggi".
 */
export function determinePredikat({
  capaian,
  scale,
}: {
  capaian: Decimal;
  scale: PredikatScale;
}): PredikatBand {
  const shown = roundPercent(capaian);
  const band = scale.bands.find((b) => shown.greaterThanOrEqualTo(b.min));
  const last = scale.bands[scale.bands.length - 1];
  if (band) return band;
  if (last) return last;
  throw new Error("Skala predikat tidak memiliki tingkat");
}
