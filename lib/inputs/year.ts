import { z } from "@/lib/inputs/zod";

/** The years the system plans and reports: one range for every form, URL and command. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/** A year field of a form or command; `label` names it in the message ("Tahun tujuan"). */
export function yearField(label = "Tahun") {
  const message = `${label} antara ${YEAR_MIN} dan ${YEAR_MAX}`;
  return z
    .number({ error: `${label} wajib diisi` })
    .int(`${label} harus bilangan bulat`)
    .min(YEAR_MIN, message)
    .max(YEAR_MAX, message);
}

/** The year of a URL such as /opd/<slug>/<tahun>. */
export const yearSchema = z.coerce.number().pipe(yearField());
