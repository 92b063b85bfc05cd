import Decimal from "decimal.js";
import { z } from "@/lib/inputs/zod";
import { decimalSchema } from "./decimal-schema";
import { permendagri86Scale, predikatScaleSchema, type PredikatScale } from "./predikat";

export type CalcSettings = {
  /** Capaian outside [min, max] (strictly below min or above max) is flagged as implausible. */
  plausibleCapaian: { min: Decimal; max: Decimal };
  /** e.g. 120: capaian above it is reported as the cap. null = no cap. */
  capaianCap: Decimal | null;
  predikatScale: PredikatScale;
  /** Realisasi of a triwulan is due this many days after the quarter ends (the late-entry list). */
  entryDeadlineDays: number;
  /** A quarter's realisasi more than this many percentage points below its rencana aksi is a warning. */
  rencanaAksiBand: Decimal;
};

export const defaultCalcSettings: CalcSettings = {
  plausibleCapaian: { min: new Decimal(50), max: new Decimal(150) },
  capaianCap: null,
  predikatScale: permendagri86Scale,
  entryDeadlineDays: 10,
  rencanaAksiBand: new Decimal(10),
};

/**
 * Validates a Pemda's settings as stored in JSON (decimals as strings or numbers). Every field is
 * optional; what is missing takes the default.
 */
export const calcSettingsSchema = z
  .object({
    plausibleCapaian: z
      .object({ min: decimalSchema, max: decimalSchema })
      .refine((band) => band.min.lessThan(band.max), {
        message: "Batas bawah capaian wajar harus lebih kecil dari batas atas",
        path: ["max"],
      })
      .optional(),
    capaianCap: decimalSchema
      .refine((cap) => cap.greaterThan(0), { message: "Batas maksimum capaian harus lebih dari 0" })
      .nullable()
      .optional(),
    predikatScale: predikatScaleSchema.optional(),
    entryDeadlineDays: z.coerce
      .number()
      .int("Batas waktu pengisian harus bilangan bulat hari")
      .min(0, "Batas waktu pengisian tidak boleh negatif")
      .max(90, "Batas waktu pengisian paling lama 90 hari setelah triwulan berakhir")
      .optional(),
    rencanaAksiBand: decimalSchema
      .refine((band) => band.greaterThanOrEqualTo(0) && band.lessThanOrEqualTo(100), {
        message: "Batas deviasi rencana aksi harus antara 0 dan 100 poin persen",
      })
      .optional(),
  })
  .transform((input): CalcSettings => ({
    plausibleCapaian: input.plausibleCapaian ?? defaultCalcSettings.plausibleCapaian,
    capaianCap: input.capaianCap === undefined ? defaultCalcSettings.capaianCap : input.capaianCap,
    predikatScale: input.predikatScale ?? defaultCalcSettings.predikatScale,
    entryDeadlineDays: input.entryDeadlineDays ?? defaultCalcSettings.entryDeadlineDays,
    rencanaAksiBand: input.rencanaAksiBand ?? defaultCalcSettings.rencanaAksiBand,
  }));
