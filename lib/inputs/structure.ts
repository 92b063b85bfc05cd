import { z } from "@/lib/inputs/zod";
import { parseRupiah } from "@/lib/parse/indonesian-number";
import { checkKodeFormat, normalizeKode } from "@/lib/structure/kode";
import { levelName, type StructureLevel, structureLevels } from "@/lib/vocabulary";
import { yearField } from "./year";
import { hasControlCharacters } from "./fields";

/**
 * The planner's kode without spaces, in the national format of its level (the parent is checked on the
 * server). Also the rule of the Excel import's Kode column.
 */
export const kodeField = (level: StructureLevel) =>
  z.string({ error: `Kode ${levelName(level)} wajib diisi` }).transform((text, ctx) => {
    const kode = normalizeKode(text);
    const message = checkKodeFormat(level, kode);
    if (message === null) return kode;
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });

export const structureNameField = (level: StructureLevel) =>
  z
    .string({ error: `Nama ${levelName(level)} wajib diisi` })
    .trim()
    .min(1, `Nama ${levelName(level)} wajib diisi`)
    .max(500, `Nama ${levelName(level)} paling panjang 500 karakter`)
    .refine((text) => !hasControlCharacters(text), "Teks berisi karakter yang tidak diizinkan");

/** A select or text that may be left empty: "" (or null) is stored as null. */
const optionalId = z
  .string()
  .nullable()
  .transform((value) => value?.trim() || null);

const optionalText = (label: string, max: number) =>
  z
    .string()
    .max(max, `${label} paling panjang ${max} karakter`)
    .refine((text) => !hasControlCharacters(text), "Teks berisi karakter yang tidak diizinkan")
    .nullable()
    .transform((value) => value?.trim() || null);

/** Rupiah typed the Indonesian way ("1.234.567,50", "Rp 1.234.567"), or empty for "not set". */
export const optionalRupiahField = (label: string) =>
  z
    .string()
    .nullable()
    .transform((text, ctx) => {
      if (text === null || text.trim() === "") return null;
      const result = parseRupiah(text);
      if (result.ok) return result.value;
      ctx.addIssue({ code: "custom", message: `${label}: ${result.message}` });
      return z.NEVER;
    });

const requiredRupiahText = (label: string) =>
  z.string().transform((text, ctx) => {
    const result = parseRupiah(text);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: `${label}: ${result.message}` });
    return z.NEVER;
  });

const yearSchema = yearField();

/** id null: a new item; then version is null too. Otherwise the version the planner edited. */
const identity = {
  id: z.string().min(1).nullable(),
  version: z.number().int().nullable(),
};

const newOrEdited = <T extends { id: string | null; version: number | null }>(value: T) =>
  (value.id === null) === (value.version === null);
const newOrEditedIssue = { message: "Versi data tidak sesuai; muat ulang halaman", path: ["version"] };

export const saveProgramInput = z
  .object({
    ...identity,
    opdId: z.string().min(1),
    year: yearSchema,
    code: kodeField("PROGRAM"),
    name: structureNameField("PROGRAM"),
    bidangId: optionalId,
    sasaranProgram: optionalText("Sasaran program", 1000),
    sasaranId: optionalId,
  })
  .refine(newOrEdited, newOrEditedIssue);

export const saveKegiatanInput = z
  .object({
    ...identity,
    programId: z.string().min(1),
    code: kodeField("KEGIATAN"),
    name: structureNameField("KEGIATAN"),
    bidangId: optionalId,
  })
  .refine(newOrEdited, newOrEditedIssue);

export const saveSubKegiatanInput = z
  .object({
    ...identity,
    kegiatanId: z.string().min(1),
    code: kodeField("SUB_KEGIATAN"),
    name: structureNameField("SUB_KEGIATAN"),
    bidangId: optionalId,
    paguAwal: optionalRupiahField("Pagu awal"),
    paguPerubahan: optionalRupiahField("Pagu perubahan"),
  })
  .refine(newOrEdited, newOrEditedIssue);

export const saveRekeningInput = z
  .object({
    ...identity,
    subKegiatanId: z.string().min(1),
    code: kodeField("REKENING"),
    name: structureNameField("REKENING"),
    paguAwal: requiredRupiahText("Pagu awal"),
    paguPerubahan: optionalRupiahField("Pagu perubahan"),
  })
  .refine(newOrEdited, newOrEditedIssue);

export const deleteStructureItemInput = z.object({
  level: z.enum(structureLevels),
  id: z.string().min(1),
  version: z.number().int(),
});

export const copyStructureYearInput = z
  .object({
    opdId: z.string().min(1),
    fromYear: yearSchema,
    toYear: yearField("Tahun tujuan"),
    /** Copy each pagu awal as the starting pagu of the new year; otherwise the new year starts without pagu. */
    includePagu: z.boolean().default(false),
  })
  .refine((input) => input.toYear !== input.fromYear, {
    message: "Tahun tujuan harus berbeda dari tahun asal",
    path: ["toYear"],
  });
