import { hasControlCharacters, recordId } from "./fields";
import { z } from "./zod";

/** `?halaman=` of a paged list: a page number; anything else is the first page. */
export const pageNumberField = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);

/** `?halaman=&cari=` of a paged plan tree; a search that is no text of ours searches nothing. */
export const pageQueryInput = z.object({
  halaman: pageNumberField,
  cari: z
    .string()
    .trim()
    .max(100)
    .refine((text) => !hasControlCharacters(text))
    .transform((text) => text || undefined)
    .optional()
    .catch(undefined),
  /** A kegiatan to show: its page is opened (the dashboard's links to a kegiatan). */
  kegiatan: recordId.optional().catch(undefined),
});

export type PageQuery = z.output<typeof pageQueryInput>;
