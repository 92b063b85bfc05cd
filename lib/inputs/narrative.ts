import { z } from "@/lib/inputs/zod";
import { hasControlCharacters } from "./fields";

/** The narrative sections of an LKIP, in the order of the report (PermenPAN-RB 53/2014). */
export const narrativeSections = [
  "KATA_PENGANTAR",
  "ISU_STRATEGIS",
  "ANALISIS_SASARAN",
  "KENDALA",
  "SOLUSI",
  "KESIMPULAN",
  "REKOMENDASI",
] as const;
export type NarrativeSectionValue = (typeof narrativeSections)[number];

export const NARRATIVE_MAX_LENGTH = 50_000;

/**
 * The body of one section (ANALISIS_SASARAN: of one sasaran). Plain text: blank lines separate
 * paragraphs, lines starting with "- " or "1. " are list items, **bold** is bold.
 */
export const saveNarrativeInput = z
  .object({
    laporanId: z.string().min(1),
    section: z.enum(narrativeSections),
    sasaranId: z.string().min(1).nullable(),
    body: z
      .string()
      .max(
        NARRATIVE_MAX_LENGTH,
        `Teks paling banyak ${NARRATIVE_MAX_LENGTH.toLocaleString("id-ID")} karakter`,
      )
      .refine((body) => !hasControlCharacters(body), "Teks berisi karakter yang tidak diizinkan")
      // Line ends as typed on any system; trailing spaces and blank lines at either end carry nothing.
      .transform((body) =>
        body
          .replace(/\r\n?/g, "\n")
          .replace(/[ \t]+$/gm, "")
          .replace(/^\n+|\n+$/g, ""),
      ),
    /** The version the user edited; null when the section had no text yet. */
    version: z.number().int().nullable(),
  })
  .refine((input) => (input.section === "ANALISIS_SASARAN") === (input.sasaranId !== null), {
    message: "Analisis capaian ditulis per sasaran; bagian lain tidak terkait sasaran",
    path: ["sasaranId"],
  });

export type SaveNarrativeInput = z.output<typeof saveNarrativeInput>;
