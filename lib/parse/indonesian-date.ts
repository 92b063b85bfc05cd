import { YEAR_MAX, YEAR_MIN } from "@/lib/inputs/year";

/**
 * Dates as Indonesians write them: day, month, year ("31/01/2023"; "-" or "." also separate). Typed into a
 * text field rather than the browser's date input, which draws its own format and words in the browser's
 * language ("mm/dd/yyyy"), whatever the page's. Shared by browser forms and the server.
 */

export type DateParseResult = { ok: true; iso: string } | { ok: false; message: string };

/** What a date field shows while empty: hari/bulan/tahun. */
export const DATE_PLACEHOLDER = "hh/bb/tttt";

const SHAPE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** `typed` as an ISO day ("2023-01-31"), or why it is none; `label` names the field in the message. */
export function parseIndonesianDate(typed: string, label: string): DateParseResult {
  const text = typed.trim();
  const match = SHAPE.exec(text);
  if (!match) {
    return {
      ok: false,
      message: `${label} "${text}" tidak dikenali: tulis hari/bulan/tahun, misalnya 31/01/2023`,
    };
  }
  const [day, month, year] = match.slice(1).map(Number) as [number, number, number];
  if (year < YEAR_MIN || year > YEAR_MAX) {
    return { ok: false, message: `${label}: tahun ${year} di luar ${YEAR_MIN}–${YEAR_MAX}` };
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, message: `${label} ${text} tidak ada di kalender` };
  }
  return { ok: true, iso: date.toISOString().slice(0, 10) };
}

/** "2023-01-31" → "31/01/2023", as the field shows it. */
export function formatIndonesianDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
