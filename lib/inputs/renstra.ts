import { z } from "@/lib/inputs/zod";
import { levelName } from "@/lib/vocabulary";
import { yearField } from "./year";
import { hasControlCharacters } from "./fields";

/**
 * The Renstra's tujuan and sasaran strategis of an OPD, edited from the structure page of one year: the
 * Renstra period that covers that year is the one changed. Shared by the forms and the server.
 */

export const renstraLevels = ["TUJUAN", "SASARAN"] as const;
export type RenstraLevel = (typeof renstraLevels)[number];

const codeExample: Record<RenstraLevel, string> = { TUJUAN: "T1", SASARAN: "S1.1" };

/**
 * The code without spaces ("S 1.1" → "S1.1"): letters, digits, dots and dashes, at most 20 characters.
 * Also the rule of the Excel import's Renstra sheet.
 */
export const renstraCodeField = (level: RenstraLevel) => {
  const label = levelName(level);
  const required = `Kode ${label} wajib diisi, misalnya ${codeExample[level]}`;
  return z.string({ error: required }).transform((text, ctx) => {
    const code = text.replace(/\s+/g, "");
    if (code === "") {
      ctx.addIssue({ code: "custom", message: required });
      return z.NEVER;
    }
    if (code.length > 20 || !/^[A-Za-z0-9][A-Za-z0-9.\-]*$/.test(code)) {
      ctx.addIssue({
        code: "custom",
        message: `Kode ${label} hanya berisi huruf, angka, titik atau tanda hubung (paling panjang 20 karakter), misalnya ${codeExample[level]}; "${code}" tidak sesuai`,
      });
      return z.NEVER;
    }
    return code;
  });
};

export const renstraTextField = (level: RenstraLevel) => {
  const label = levelName(level);
  return z
    .string({ error: `Uraian ${label} wajib diisi` })
    .trim()
    .min(1, `Uraian ${label} wajib diisi`)
    .max(1000, `Uraian ${label} paling panjang 1000 karakter`)
    .refine((text) => !hasControlCharacters(text), `Uraian ${label} berisi karakter yang tidak diizinkan`);
};

const yearSchema = yearField();

/** id null: a new item; then version is null too. Otherwise the version the planner edited. */
const identity = {
  id: z.string().min(1).nullable(),
  version: z.number().int().nullable(),
  opdId: z.string().min(1),
  /** The year being edited: its LKIP must be open, and the Renstra period must cover it. */
  year: yearSchema,
};

const newOrEdited = (value: { id: string | null; version: number | null }) =>
  (value.id === null) === (value.version === null);
const newOrEditedIssue = { message: "Versi data tidak sesuai; muat ulang halaman", path: ["version"] };

const tujuanObject = z.object({
  level: z.literal("TUJUAN"),
  ...identity,
  code: renstraCodeField("TUJUAN"),
  text: renstraTextField("TUJUAN"),
  /** A misi of the Pemda's RPJMD, or "" / null for none. */
  misiId: z
    .string()
    .nullable()
    .transform((value) => value?.trim() || null),
});

const sasaranObject = z.object({
  level: z.literal("SASARAN"),
  ...identity,
  code: renstraCodeField("SASARAN"),
  text: renstraTextField("SASARAN"),
  tujuanId: z.string({ error: "Pilih tujuan" }).trim().min(1, "Pilih tujuan"),
});

export const saveTujuanInput = tujuanObject.refine(newOrEdited, newOrEditedIssue);
export const saveSasaranInput = sasaranObject.refine(newOrEdited, newOrEditedIssue);

/** What `renstra.save` takes: a tujuan or a sasaran strategis, told apart by `level`. */
export const saveRenstraItemInput = z
  .discriminatedUnion("level", [tujuanObject, sasaranObject])
  .refine(newOrEdited, newOrEditedIssue);
export type SaveRenstraItemInput = z.output<typeof saveRenstraItemInput>;
