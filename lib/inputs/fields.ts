import { z } from "./zod";

/**
 * Characters a person never types into a report: control characters (NUL cannot even be stored), the
 * bidirectional controls that print text reversed (U+202E) and invisible zero-width characters that make
 * two equal-looking names differ. Tab and line ends are allowed.
 */
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

export const hasControlCharacters = (text: string) => CONTROL.test(text);

/** A text a person types: trimmed, at most `max` characters, no control characters; messages name `label`. */
export function textField(label: string, { max, min = 1 }: { max: number; min?: number }) {
  return z
    .string({ error: `${label} wajib diisi` })
    .trim()
    .min(min, min <= 1 ? `${label} wajib diisi` : `${label} minimal ${min} karakter`)
    .max(max, `${label} paling panjang ${max} karakter`)
    .refine((text) => !hasControlCharacters(text), `${label} berisi karakter yang tidak diizinkan`);
}

/** Like textField, but may be left empty (stored as null). */
export function optionalTextField(label: string, { max }: { max: number }) {
  return z
    .string()
    .trim()
    .max(max, `${label} paling panjang ${max} karakter`)
    .refine((text) => !hasControlCharacters(text), `${label} berisi karakter yang tidak diizinkan`)
    .nullish()
    .transform((text) => text || null);
}

/** The id of a record as the app hands it out (cuid); anything else is not a record of ours. */
export const recordId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Pengenal data tidak valid");

export const emailField = z
  .email("Email tidak valid")
  .max(254, "Email paling panjang 254 karakter")
  .transform((email) => email.toLowerCase());

/** Passwords are hashed whole (argon2id); the upper bound only keeps a request from being absurd. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;
