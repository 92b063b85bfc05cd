import { z } from "@/lib/inputs/zod";
import { emailField, optionalTextField, PASSWORD_MAX, PASSWORD_MIN, recordId, textField } from "./fields";
import { yearField } from "./year";

const SLUG_MAX = 60;

/**
 * The address of an OPD's pages (/opd/<slug>) written from its name: lower case letters and digits in
 * words joined by "-", accents dropped, cut after a whole word within 60 characters.
 * "Dinas Kesehatan Kabupaten Serang" → "dinas-kesehatan-kabupaten-serang".
 */
export function slugFromName(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= SLUG_MAX) return slug;
  const lastBreak = slug.lastIndexOf("-", SLUG_MAX);
  return lastBreak > 0 ? slug.slice(0, lastBreak) : slug.slice(0, SLUG_MAX);
}

export const createOpdInput = z.object({
  slug: z
    .string()
    .trim()
    .max(SLUG_MAX, `Alamat halaman paling panjang ${SLUG_MAX} karakter`)
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      "Alamat halaman hanya huruf kecil, angka dan tanda hubung, mis. dinsos-serang",
    ),
  name: textField("Nama perangkat daerah", { min: 3, max: 200 }),
  shortName: optionalTextField("Singkatan", { max: 50 }),
});

export const createBidangInput = z.object({
  opdId: recordId,
  name: textField("Nama bidang", { min: 3, max: 200 }),
});

export const roles = ["ADMIN", "PERENCANA", "KEPALA", "INSPEKTORAT"] as const;

/** Who an account is and what it may reach: the scope rules hold for a new account and for an edit. */
const userScopeFields = {
  name: textField("Nama", { max: 200 }),
  role: z.enum(roles),
  opdId: recordId.nullable(),
  bidangIds: z.array(recordId).max(50).default([]),
};

type UserScope = { role: (typeof roles)[number]; opdId: string | null; bidangIds: string[] };

function withScopeRules<Schema extends z.ZodType<UserScope>>(schema: Schema) {
  return schema
    .refine((u) => (u.role === "PERENCANA" || u.role === "KEPALA") === (u.opdId !== null), {
      message: "Perencana dan kepala harus memiliki perangkat daerah; administrator dan inspektorat tidak",
      path: ["opdId"],
    })
    .refine((u) => u.role === "PERENCANA" || u.bidangIds.length === 0, {
      message: "Hanya perencana yang dapat dibatasi per bidang",
      path: ["bidangIds"],
    });
}

export const createUserInput = withScopeRules(
  z.object({
    ...userScopeFields,
    email: emailField,
    password: z
      .string()
      .min(PASSWORD_MIN, `Kata sandi minimal ${PASSWORD_MIN} karakter`)
      .max(PASSWORD_MAX, `Kata sandi paling panjang ${PASSWORD_MAX} karakter`),
  }),
);

export const updateUserInput = withScopeRules(
  z.object({ ...userScopeFields, userId: recordId, version: z.number().int() }),
);

export const setUserActiveInput = z.object({
  userId: recordId,
  active: z.boolean(),
  version: z.number().int(),
});

export const resetPasswordInput = z.object({ userId: recordId });

/** Opens a year of an OPD: empty, or with the structure of `fromYear` (see structure.copyYear). */
export const startYearInput = z
  .object({
    opdId: recordId,
    year: yearField("Tahun"),
    /** A select's value: "" (or nothing) starts the year empty. */
    fromYear: z.preprocess(
      (v) => (v === "" || v === undefined || v === null ? null : Number(v)),
      yearField("Tahun asal").nullable(),
    ),
    includePagu: z.boolean().default(false),
  })
  .refine((input) => input.fromYear !== input.year, {
    message: "Tahun asal harus berbeda dari tahun yang dimulai",
    path: ["fromYear"],
  });
