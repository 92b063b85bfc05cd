import type Decimal from "decimal.js";
import { z } from "@/lib/inputs/zod";
import { parseIndonesianDecimal } from "@/lib/parse/indonesian-number";
import { yearField } from "./year";
import { hasControlCharacters } from "./fields";

export const indicatorLevels = ["TUJUAN", "SASARAN", "PROGRAM", "KEGIATAN", "SUB_KEGIATAN"] as const;
export type IndicatorOwnerLevel = (typeof indicatorLevels)[number];

export const polarities = ["POSITIF", "NEGATIF", "RENTANG"] as const;
export type PolarityValue = (typeof polarities)[number];

export const calculations = ["LANGSUNG", "RASIO"] as const;
export type CalculationValue = (typeof calculations)[number];

export const aggregations = ["JUMLAH", "TERAKHIR", "RATA_RATA"] as const;
export type AggregationValue = (typeof aggregations)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Paling banyak ${max} karakter`)
    .refine((text) => !hasControlCharacters(text), "Teks berisi karakter yang tidak diizinkan")
    .transform((text) => (text === "" ? null : text));

/** The name of an indicator (and of an IKU in the Excel import's Renstra sheet). */
export const indikatorNameField = z
  .string()
  .trim()
  .min(3, "Nama indikator wajib diisi, paling sedikit 3 karakter")
  .max(500, "Paling banyak 500 karakter")
  .refine((text) => !hasControlCharacters(text), "Teks berisi karakter yang tidak diizinkan");

export const satuanField = z
  .string()
  .trim()
  .min(1, "Satuan wajib diisi, mis. %, Orang, Dokumen")
  .max(50, "Satuan paling panjang 50 karakter")
  .refine((text) => !hasControlCharacters(text), "Teks berisi karakter yang tidak diizinkan");

/**
 * The definition of an indicator. `indikatorId` null creates one under the owner; otherwise the
 * indicator must already belong to that owner (an indicator is never moved). `year` is the OPD-year the
 * planner works in: for tujuan and sasaran (Renstra, several years) it decides which LKIP must be open.
 */
export const saveIndikatorInput = z
  .object({
    indikatorId: z.string().min(1).nullable(),
    ownerLevel: z.enum(indicatorLevels),
    ownerId: z.string().min(1),
    year: yearField(),
    name: indikatorNameField,
    satuan: satuanField,
    polarity: z.enum(polarities, { error: "Pilih polaritas" }),
    calculation: z.enum(calculations, { error: "Pilih cara perhitungan" }),
    numeratorLabel: optionalText(300),
    denominatorLabel: optionalText(300),
    aggregation: z.enum(aggregations, { error: "Pilih cara menggabungkan triwulan" }),
    isIku: z.boolean(),
    /** The version the user edited; null for a new indicator. */
    version: z.number().int().nullable(),
  })
  .superRefine((input, ctx) => {
    if (input.calculation === "RASIO") {
      if (!input.numeratorLabel) {
        ctx.addIssue({
          code: "custom",
          path: ["numeratorLabel"],
          message: "Indikator rasio memerlukan keterangan pembilang",
        });
      }
      if (!input.denominatorLabel) {
        ctx.addIssue({
          code: "custom",
          path: ["denominatorLabel"],
          message: "Indikator rasio memerlukan keterangan penyebut",
        });
      }
    }
    if (input.isIku && input.ownerLevel !== "SASARAN") {
      ctx.addIssue({
        code: "custom",
        path: ["isIku"],
        message: "Hanya indikator sasaran yang dapat menjadi IKU",
      });
    }
  })
  .transform((input) =>
    // A direct indicator has no numerator or denominator; labels left in a hidden field are dropped.
    input.calculation === "LANGSUNG" ? { ...input, numeratorLabel: null, denominatorLabel: null } : input,
  );

export type SaveIndikatorInput = z.output<typeof saveIndikatorInput>;

/** Targets are stored as Decimal(20,4): at most 16 digits before the comma. */
const FIGURE_LIMIT = "1e16";

/** An optional figure typed the Indonesian way ("7,23"); empty means "not set". */
export const figureField = z.string({ error: "Nilai harus berupa teks" }).transform((text, ctx) => {
  if (text.trim() === "") return null;
  const result = parseIndonesianDecimal(text);
  if (result.ok && result.value.abs().lessThan(FIGURE_LIMIT)) return result.value;
  ctx.addIssue({ code: "custom", message: result.ok ? "Angka terlalu besar" : result.message });
  return z.NEVER;
});

const below = (upper: Decimal | null, lower: Decimal | null) => !!upper && !!lower && upper.lessThan(lower);

/**
 * The targets of one indicator for one year. Upper bounds belong to RENTANG indicators (checked on the
 * server against the stored polarity). A target perubahan needs its reason; it then replaces the target.
 */
export const saveTargetIndikatorInput = z
  .object({
    indikatorId: z.string().min(1),
    year: yearField(),
    target: figureField,
    targetUpper: figureField,
    targetRenstra: figureField,
    targetPerubahan: figureField,
    targetUpperPerubahan: figureField,
    perubahanReason: optionalText(2000),
    /** A qualitative target ("Perbaikan ruang data"), stored as text instead of a number. */
    targetText: optionalText(500)
      .nullish()
      .transform((text) => text ?? null),
    /** The version the user edited; null when the year had no target yet. */
    version: z.number().int().nullable(),
  })
  .superRefine((input, ctx) => {
    const hasPerubahan = input.targetPerubahan !== null || input.targetUpperPerubahan !== null;
    if (hasPerubahan && !input.perubahanReason) {
      ctx.addIssue({
        code: "custom",
        path: ["perubahanReason"],
        message: "Alasan target perubahan wajib diisi (mis. nomor dan tanggal Perjanjian Kinerja perubahan)",
      });
    }
    if (input.targetText !== null && (input.target !== null || input.targetUpper !== null)) {
      ctx.addIssue({
        code: "custom",
        path: ["targetText"],
        message: "Target diisi angka atau teks, tidak keduanya: kosongkan salah satunya",
      });
    }
    if (below(input.targetUpper, input.target)) {
      ctx.addIssue({
        code: "custom",
        path: ["targetUpper"],
        message: "Batas atas tidak boleh lebih kecil dari target (batas bawah)",
      });
    }
    if (below(input.targetUpperPerubahan, input.targetPerubahan)) {
      ctx.addIssue({
        code: "custom",
        path: ["targetUpperPerubahan"],
        message: "Batas atas perubahan tidak boleh lebih kecil dari target perubahan (batas bawah)",
      });
    }
  })
  // Without a perubahan there is nothing to explain; a reason left behind is not kept.
  .transform((input) =>
    input.targetPerubahan === null && input.targetUpperPerubahan === null
      ? { ...input, perubahanReason: null }
      : input,
  );

export type SaveTargetIndikatorInput = z.output<typeof saveTargetIndikatorInput>;
